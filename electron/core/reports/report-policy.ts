import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportPolicy } from '../../../shared/report/policy';

/** The bundled report policy; it must be valid (a broken release fails at start, like check-policy.json). */
export function loadReportPolicy(resourcesDir: string): ReportPolicy {
  const file = join(resourcesDir, 'rules', 'report-policy.json');
  const parsed = ReportPolicy.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}
