import { canonicalJson } from '../canonical-json';
import type { CreditReport } from './model';

export { canonicalJson };

/**
 * The text whose SHA-256 is the report's content hash (报告内容摘要), computed by the caller (node:crypto in the
 * core, the platform on verification). The whole model is covered, the report number and data-as-of included.
 */
export const canonicalReportJson = (report: CreditReport): string => canonicalJson(report);
