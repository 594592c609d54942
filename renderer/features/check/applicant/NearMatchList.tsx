import Box from '@mui/material/Box';
import { SubjectListbox, subjectFacts } from '../../../app/subjects/SubjectListbox';
import type { SubjectSummary } from '../../../../shared/domain/subject';
import { useCheckStore } from '../../../app/check/check-store';
import { checkTexts } from '../texts';

export const NEAR_MATCH_LIST_ID = 'applicant-near-matches';
export const nearMatchOptionId = (index: number): string => `applicant-near-match-${index}`;

/**
 * A suggested code with the characters that differ from what was typed marked, so the clerk sees the typo at a
 * glance. A masked ID number is shown as it is: comparing it would tell nothing and hint at hidden digits.
 */
const MarkedCode = ({ code, typed }: { code: string; typed: string }) => {
  const chars = Array.from(code);
  const typedChars = Array.from(typed);
  if (code.includes('*') || chars.length !== typedChars.length) return <>{code}</>;
  return (
    <Box component="span" sx={{ fontFamily: 'monospace', letterSpacing: '0.02em' }}>
      {chars.map((char, index) =>
        char === typedChars[index] ? (
          char
        ) : (
          <Box
            key={index}
            component="mark"
            data-testid="near-match-difference"
            sx={{ bgcolor: 'warning.light', color: 'text.primary', fontWeight: 700, px: '1px' }}
          >
            {char}
          </Box>
        ),
      )}
    </Box>
  );
};

/**
 * 是否为：… — cached subjects the typed code may have been meant as (one character off, two swapped, or the same
 * organisation code), above the override. ↑↓ in the applicant field move the highlight, Enter or a click checks
 * the subject picked instead of the code typed.
 */
export const NearMatchList = () => {
  const near = useCheckStore((state) => state.nearMatches);
  const raw = useCheckStore((state) => state.raw);
  const pick = useCheckStore((state) => state.pickCandidate);
  if (near === null || near.rawAtSearch !== raw) return null;
  const texts = checkTexts.nearMatches;
  const describe = (item: SubjectSummary) => (
    <>
      <MarkedCode code={item.identifierMasked} typed={near.typed} />
      {` · ${subjectFacts(item)}`}
    </>
  );
  return (
    <Box data-testid="near-matches" data-source={near.source}>
      <SubjectListbox
        items={near.items}
        active={near.active}
        listId={NEAR_MATCH_LIST_ID}
        optionId={nearMatchOptionId}
        title={near.source === 'refused' ? texts.title : texts.titleNotFound}
        listLabel={texts.listLabel}
        optionTestId="near-match"
        maxHeight={320}
        onPick={(item) => void pick(item.id)}
        describe={describe}
      />
    </Box>
  );
};
