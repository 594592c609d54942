import type { ObjectionDocument } from '../../../shared/contract/channels/objection-documents';
import type { ReportOutput } from '../../../shared/domain/report';
import type { ObjectionState } from '../../../shared/objection/state-machine';
import { err, ok, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import type { Db } from '../../../node-shared/db/connection';
import { appendAudit } from '../audit/audit.repo';
import type { HandlersOf } from '../ipc/handlers';
import { printInBrowser } from '../ipc/print-in-browser';
import { getObjection } from './objections.repo';

/** What printing a document needs to know of the objection: whether it has the document, whose it is. */
export type DocumentSubject = { state: ObjectionState; subjectId: string; subjectName: string };

type Deps = {
  db: Db;
  now: () => Date;
  operator: () => string;
  /** The objection as this window holds it, or null. */
  find: (id: string) => DocumentSubject | null;
};

const actions = {
  receipt: { print: 'objection.receipt-print', pdf: 'objection.receipt-pdf' },
  notice: { print: 'objection.notice-print', pdf: 'objection.notice-pdf' },
} as const satisfies Record<ObjectionDocument, Record<ReportOutput, string>>;

/**
 * The applicant's documents of an objection: the 异议申请回执 (any objection taken in here) and the
 * 异议处理结果告知书 (once decided, or not taken on). Printing is the shell's (…:document-pdf / …:document-print
 * answer PRINT_IN_BROWSER here when the document exists); …:document-printed records each output in the audit
 * trail, as the 核查记录单's does: the documents carry the applicant's objection out of the window.
 */
export function objectionDocumentHandlers(
  deps: Deps,
): HandlersOf<'objections:document-pdf' | 'objections:document-print' | 'objections:document-printed'> {
  const check = (id: string, document: ObjectionDocument): Result<DocumentSubject> => {
    const found = deps.find(id);
    if (found === null) return err('OBJECTION_NOT_FOUND', '未找到该异议申请');
    if (document === 'notice' && found.state !== 'decided' && found.state !== 'rejected')
      return err('OBJECTION_INVALID', '该异议申请尚无处理结果，不能打印处理结果告知书');
    return ok(found);
  };
  const hostPrints = ({ id, document }: { id: string; document: ObjectionDocument }): Result<never> => {
    const found = check(id, document);
    return found.ok ? printInBrowser() : found;
  };
  return {
    'objections:document-pdf': hostPrints,
    'objections:document-print': hostPrints,
    'objections:document-printed': ({ id, document, how }) => {
      const found = check(id, document);
      if (!found.ok) return found;
      deps.db.transaction(() =>
        appendAudit(deps.db, {
          at: toBeijingIso(deps.now()),
          actor: deps.operator(),
          action: actions[document][how],
          targetType: 'objection',
          targetId: id,
          caseNumber: null,
          purpose: null,
          detail: { subjectId: found.value.subjectId, subjectName: found.value.subjectName },
        }),
      )();
      return ok({ recorded: true });
    },
  };
}

/** The objection as the window holds it (objections.repo). */
export const findDocumentSubject =
  (db: Db) =>
  (id: string): DocumentSubject | null => {
    const objection = getObjection(db, id);
    return objection === null
      ? null
      : { state: objection.state, subjectId: objection.subjectId, subjectName: objection.subjectName };
  };
