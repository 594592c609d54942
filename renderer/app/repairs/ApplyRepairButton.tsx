import Button from '@mui/material/Button';
import type { CreditRecord, Subject } from '../../../shared/domain/subject';
import { repairableAtWindow } from '../../../shared/repair/published';
import { beijingDay } from '../../../shared/time';
import { useRouter } from '../router';
import { useNewRepairSession } from './new-repair-session';
import { entryTexts } from './texts';

/**
 * 申请信用修复 on a published record of a check result: opens a new application with the subject and the record
 * chosen, where the clerk sees whether (and from when) it can be repaired before taking anything in.
 */
export const ApplyRepairButton = ({
  record,
  subject,
  caseNumber,
}: {
  record: CreditRecord;
  subject: Subject | null;
  /** 办件编号 of the check showing the record: the 承诺书 carries it. */
  caseNumber: string | null;
}) => {
  const navigate = useRouter((state) => state.navigate);
  const startFrom = useNewRepairSession((state) => state.startFrom);
  // The rule of the repair candidates: published today (period not ended), a penalty or a commitment failure.
  if (!repairableAtWindow(record, beijingDay(new Date()))) return null;
  const apply = (): void => {
    startFrom({
      subjectId: record.subjectId,
      identifier: subject?.id === record.subjectId ? subject.identifier : null,
      targetId: record.id,
      caseNumber,
    });
    navigate({ page: 'repairs' });
  };
  return (
    <Button
      size="small"
      onClick={apply}
      aria-label={entryTexts.applyLabel(record.title)}
      data-testid="apply-repair"
      data-record-id={record.id}
      sx={{ display: 'block', whiteSpace: 'nowrap', minWidth: 0, px: 0, py: 0, mt: 0.25 }}
    >
      {entryTexts.apply}
    </Button>
  );
};
