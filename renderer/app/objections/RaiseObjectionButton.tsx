import Button from '@mui/material/Button';
import type { ObjectionTargetTable } from '../../../shared/domain/objection';
import type { Subject } from '../../../shared/domain/subject';
import { useRouter } from '../router';
import { useNewObjectionSession } from './new-objection-session';
import { objectionEntryTexts } from './texts';

/**
 * 提出异议 beside a record or list entry of a check result: opens a new objection with the subject and that
 * record chosen (the clerk may add others of the subject's), on the 异议处理 page.
 */
export const RaiseObjectionButton = ({
  subjectId,
  subject,
  targetTable,
  targetId,
  title,
  checkId,
}: {
  subjectId: string;
  /** The checked subject: its full identifier fills in the applicant when the subject objects itself. */
  subject: Subject | null;
  targetTable: ObjectionTargetTable;
  targetId: string;
  title: string;
  checkId: string | null;
}) => {
  const navigate = useRouter((state) => state.navigate);
  const startFrom = useNewObjectionSession((state) => state.startFrom);
  const raise = (): void => {
    startFrom({
      subjectId,
      identifier: subject?.id === subjectId ? subject.identifier : null,
      target: { targetTable, targetId },
      checkId,
    });
    navigate({ page: 'objections' });
  };
  return (
    <Button
      size="small"
      onClick={raise}
      aria-label={objectionEntryTexts.raiseLabel(title)}
      data-testid="raise-objection"
      data-target-id={targetId}
      sx={{ display: 'block', whiteSpace: 'nowrap', minWidth: 0, px: 0, py: 0, mt: 0.25 }}
    >
      {objectionEntryTexts.raise}
    </Button>
  );
};
