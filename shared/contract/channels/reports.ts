import { z } from 'zod';
import {
  IssuedReport,
  ReportIssueRequest,
  ReportList,
  ReportListRequest,
  ReportOutput,
} from '../../domain/report';
import { ReportNumber } from '../../report/model';
import { SUPERVISORS, channel } from './entry';

// Public credit reports (公共信用信息报告).
export const reportChannels = {
  /** Issue a public credit report (公共信用信息报告): numbered, hashed, stored as issued and queued for the platform. */
  'reports:issue': channel({
    request: ReportIssueRequest,
    response: IssuedReport,
    roles: SUPERVISORS,
    action: '出具信用报告',
    sample: { subjectId: 's-1', purpose: '政府采购资格审查', caseNumber: 'CG-2026-0001' },
  }),
  /** A stored report exactly as issued. */
  'reports:get': channel({
    request: z.object({ number: ReportNumber }),
    response: IssuedReport,
    roles: SUPERVISORS,
    action: '查看信用报告',
    sample: { number: 'XYBG410400202611270120001' },
  }),
  /** Issued reports, newest first. */
  'reports:list': channel({
    request: ReportListRequest,
    response: ReportList,
    roles: SUPERVISORS,
    action: '查看信用报告',
    sample: {},
  }),
  /** Record that a report was printed or saved as PDF (audit report.print / report.pdf). */
  'reports:printed': channel({
    request: z.object({ number: ReportNumber, how: ReportOutput }),
    response: z.object({ recorded: z.literal(true) }),
    roles: SUPERVISORS,
    action: '打印信用报告',
    sample: { number: 'XYBG410400202611270120001', how: 'pdf' },
  }),
  /**
   * Save the report on screen as PDF (Electron's printToPDF and a save dialog). The core answers
   * PRINT_IN_BROWSER: in the browser host the browser prints itself; the desktop shell overrides it.
   */
  'reports:pdf': channel({
    request: z.object({ number: ReportNumber }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
    roles: SUPERVISORS,
    action: '导出信用报告',
    sample: { number: 'XYBG410400202611270120001' },
  }),
  /** Print the report on screen with the system print dialog (desktop shell; the core answers as for reports:pdf). */
  'reports:print': channel({
    request: z.object({ number: ReportNumber }),
    response: z.object({ printed: z.boolean() }),
    roles: SUPERVISORS,
    action: '打印信用报告',
    sample: { number: 'XYBG410400202611270120001' },
  }),
};
