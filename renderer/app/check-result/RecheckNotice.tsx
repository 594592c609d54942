import Alert from '@mui/material/Alert';
import type { CheckResult } from '../../../shared/domain/check';
import { formatDateTime } from '../format';
import { resultTexts } from './texts';

/** A re-check of the same approval (same 办件编号, 事项 and applicant) says which check it re-examines. */
export const RecheckNotice = ({ result }: { result: CheckResult }) => {
  const recheck = result.recheckOf;
  if (recheck == null) return null;
  const carried = recheck.carriedHitKeys.length;
  return (
    <Alert severity="info" data-testid="recheck-note" data-recheck-of={recheck.checkId}>
      {resultTexts.recheck(formatDateTime(recheck.checkedAt), recheck.checkId)}
      {carried > 0 && resultTexts.recheckCarried(carried)}
    </Alert>
  );
};
