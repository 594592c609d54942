import type { CheckResult } from '../../../shared/domain/check';
import type { ReportOutput } from '../../../shared/domain/report';
import { ok, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { printInBrowser } from '../ipc/print-in-browser';
import { getCheckRow } from './check.repo';
import type { CheckDeps } from './check.service';
import { checkNotFound } from './not-found';

/**
 * The 核查记录单 of a stored check, printed or saved as PDF. Printing is the shell's (check:sheet-pdf /
 * check:sheet-print answer PRINT_IN_BROWSER here); check:sheet-printed records each output in the audit trail,
 * as reports:printed does for a credit report: the sheet carries the applicant's record out of the window.
 */
export function checkSheetOutput(deps: Pick<CheckDeps, 'db' | 'now' | 'operator'>) {
  const hostPrints = (checkId: string): Result<never> =>
    getCheckRow(deps.db, checkId) === null ? checkNotFound() : printInBrowser();

  const printed = (checkId: string, how: ReportOutput): Result<{ recorded: true }> => {
    const row = getCheckRow(deps.db, checkId);
    if (row === null) return checkNotFound();
    const { matter } = (JSON.parse(row.evidence) as CheckResult).context;
    deps.db.transaction(() =>
      appendAudit(deps.db, {
        at: toBeijingIso(deps.now()),
        actor: deps.operator(),
        action: how === 'pdf' ? 'check.sheet-pdf' : 'check.sheet-print',
        targetType: 'check',
        targetId: checkId,
        caseNumber: row.case_number,
        purpose: `${matter.code} ${matter.name}`,
        detail: { identifier: row.identifier_masked },
      }),
    )();
    return ok({ recorded: true });
  };

  return { hostPrints, printed };
}
