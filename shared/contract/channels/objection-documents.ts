import { z } from 'zod';
import { ReportOutput } from '../../domain/report';
import { SIGNED_IN, channel } from './entry';

/** The two documents of an objection the applicant takes away: 异议申请回执 (at intake), 异议处理结果告知书. */
export const ObjectionDocument = z.enum(['receipt', 'notice']);
export type ObjectionDocument = z.infer<typeof ObjectionDocument>;

const DocumentRequest = z.object({ id: z.string().min(1), document: ObjectionDocument });

// Printed like the 核查记录单: the desktop shell prints or saves the page on screen (the core answers
// PRINT_IN_BROWSER for an objection that has the document); every output is recorded in the audit trail.
export const objectionDocumentChannels = {
  /** Save the document on screen as PDF (desktop shell: printToPDF and a save dialog). */
  'objections:document-pdf': channel({
    request: DocumentRequest,
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
    roles: SIGNED_IN,
    action: '导出异议处理文书',
    sample: { id: 'o-1', document: 'receipt' },
  }),
  /** Print the document on screen with the system print dialog (desktop shell). */
  'objections:document-print': channel({
    request: DocumentRequest,
    response: z.object({ printed: z.boolean() }),
    roles: SIGNED_IN,
    action: '打印异议处理文书',
    sample: { id: 'o-1', document: 'receipt' },
  }),
  /** Record that the document was printed or saved as PDF (audit objection.receipt-print … notice-pdf). */
  'objections:document-printed': channel({
    request: DocumentRequest.extend({ how: ReportOutput }),
    response: z.object({ recorded: z.literal(true) }),
    roles: SIGNED_IN,
    action: '打印异议处理文书',
    sample: { id: 'o-1', document: 'notice', how: 'print' },
  }),
};
