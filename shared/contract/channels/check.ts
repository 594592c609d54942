import { z } from 'zod';
import {
  CheckDetail,
  CheckList,
  CheckListRequest,
  CheckResult,
  CheckRunRequest,
  ExternalQueryRequest,
  FeedbackRequest,
} from '../../domain/check';
import { ReportOutput } from '../../domain/report';
import { ExternalSite } from '../../platform-api/external-query';
import { SIGNED_IN, channel } from './entry';

// The mandatory credit check (应查必查), its feedback and external queries.
export const checkChannels = {
  /** The mandatory credit check (应查必查); every run is stored with its evidence snapshot. */
  'check:run': channel({
    request: CheckRunRequest,
    response: CheckResult,
    roles: SIGNED_IN,
    action: '进行信用核查',
    sample: {
      context: { caseNumber: 'BJ-2025-0001', matterCode: 'M001' },
      applicant: { by: 'subject', subjectId: 's-1' },
    },
  }),
  /** Record feedback (反馈) for one or more hits of a stored check. */
  'check:feedback': channel({
    request: FeedbackRequest,
    response: CheckDetail,
    roles: SIGNED_IN,
    action: '填写核查反馈',
    sample: {
      checkId: 'c-1',
      items: [
        {
          hitKey: 'h-1',
          action: 'none',
          measureCodes: [],
          reason: '已信用修复',
          result: '未采取措施',
          amount: null,
          legalBasis: '《社会信用体系建设规划纲要》',
          department: '行政审批局',
          districtCode: '350100',
          actedAt: '2025-06-15T10:00:00+08:00',
        },
      ],
    },
  }),
  'check:list': channel({
    request: CheckListRequest,
    response: CheckList,
    roles: SIGNED_IN,
    action: '查看核查记录',
    sample: { sortBy: 'caseNumber', sortDirection: 'asc' },
  }),
  /** A stored check, as it was at check time, with its feedback. */
  'check:get': channel({
    request: z.object({ checkId: z.string().min(1) }),
    response: CheckDetail,
    roles: SIGNED_IN,
    action: '查看核查记录',
    sample: { checkId: 'c-1' },
  }),
  /**
   * Save the 核查记录单 (one stored check on A4, for the approval's case file) on screen as PDF: Electron's
   * printToPDF and a save dialog. The core answers PRINT_IN_BROWSER for an existing check; the desktop shell
   * overrides it (electron/main/printing.ts); in the browser host the page prints itself.
   */
  'check:sheet-pdf': channel({
    request: z.object({ checkId: z.string().min(1) }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
    roles: SIGNED_IN,
    action: '导出核查记录单',
    sample: { checkId: 'c-1' },
  }),
  /** Print the 核查记录单 on screen with the system print dialog (desktop shell; the core answers as above). */
  'check:sheet-print': channel({
    request: z.object({ checkId: z.string().min(1) }),
    response: z.object({ printed: z.boolean() }),
    roles: SIGNED_IN,
    action: '打印核查记录单',
    sample: { checkId: 'c-1' },
  }),
  /** Record that the 核查记录单 was printed or saved as PDF (audit check.sheet-print / check.sheet-pdf). */
  'check:sheet-printed': channel({
    request: z.object({ checkId: z.string().min(1), how: ReportOutput }),
    response: z.object({ recorded: z.literal(true) }),
    roles: SIGNED_IN,
    action: '打印核查记录单',
    sample: { checkId: 'c-1', how: 'print' },
  }),
  /** Attach what an external query (信用中国, 信用河南 …) showed to a check of a subject not in the city's data. */
  'check:external-query': channel({
    request: ExternalQueryRequest,
    response: CheckDetail,
    roles: SIGNED_IN,
    action: '留存外部查询结果',
    sample: {
      checkId: 'c-1',
      channel: '信用中国',
      queriedAt: '2026-11-27T09:00:00.000+08:00',
      outcome: 'clear',
      summary: '',
      attachments: [],
    },
  }),
  /**
   * Ask the city platform to query 信用中国 / 信用河南 about the check's applicant (its adapter); the answer is
   * attached to the check as through check:external-query, the platform's answer kept as a JSON attachment.
   * Offline, not enrolled or a failure at the platform or the site: a Chinese message, and the manual form stays.
   */
  'check:external-query-online': channel({
    request: z.object({ checkId: z.string().min(1).max(100), channel: ExternalSite }).strict(),
    response: CheckDetail,
    roles: SIGNED_IN,
    action: '向市平台查询外部信用记录',
    sample: { checkId: 'c-1', channel: '信用中国' },
  }),
};
