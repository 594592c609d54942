import Stack from '@mui/material/Stack';
import { useEffect, useRef } from 'react';
import { SubjectSearch } from '../../../app/subjects/SubjectSearch';
import { newRepairTexts } from '../texts';
import { useNewRepairStore } from '../../../app/repairs/new-repair-store';

/** (a) The applicant: a name or the first characters of a code, Enter searches, ↑↓ and Enter pick. */
export const SubjectStep = () => {
  const query = useNewRepairStore((state) => state.query);
  const searching = useNewRepairStore((state) => state.searching);
  const results = useNewRepairStore((state) => state.results);
  const searchError = useNewRepairStore((state) => state.searchError);
  const setQuery = useNewRepairStore((state) => state.setQuery);
  const search = useNewRepairStore((state) => state.search);
  const moveActive = useNewRepairStore((state) => state.moveActive);
  const pick = useNewRepairStore((state) => state.pickSubject);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <Stack spacing={1.5} data-testid="repair-subject-step">
      <SubjectSearch
        prefix="repair-subject"
        texts={newRepairTexts.subject}
        query={query}
        onQueryChange={setQuery}
        searching={searching}
        matches={results !== null && results.query === query.trim() ? results : null}
        error={searchError}
        onSearch={() => void search()}
        onMove={moveActive}
        onPick={(item) => void pick(item)}
        maxHeight={320}
        inputRef={input}
      />
    </Stack>
  );
};
