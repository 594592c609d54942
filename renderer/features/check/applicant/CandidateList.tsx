import Alert from '@mui/material/Alert';
import { SubjectListbox } from '../../../app/subjects/SubjectListbox';
import { useCheckStore } from '../../../app/check/check-store';
import { checkTexts } from '../texts';

export const CANDIDATE_LIST_ID = 'applicant-candidates';
export const candidateOptionId = (index: number): string => `applicant-candidate-${index}`;

/** Subjects whose name matched; ↑↓ in the applicant field move the highlight, Enter or a click picks. */
export const CandidateList = () => {
  const candidates = useCheckStore((state) => state.candidates);
  const raw = useCheckStore((state) => state.raw);
  const pick = useCheckStore((state) => state.pickCandidate);
  if (candidates === null || candidates.rawAtSearch !== raw) return null;
  const texts = checkTexts.candidates;
  if (candidates.items.length === 0) {
    return (
      <Alert severity="info" data-testid="no-candidates">
        {texts.none(candidates.query)}
      </Alert>
    );
  }
  return (
    <SubjectListbox
      items={candidates.items}
      active={candidates.active}
      listId={CANDIDATE_LIST_ID}
      optionId={candidateOptionId}
      title={texts.title(candidates.items.length, candidates.more)}
      listLabel={texts.listLabel}
      optionTestId="candidate"
      maxHeight={280}
      onPick={(item) => void pick(item.id)}
    />
  );
};
