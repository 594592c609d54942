import Stack from '@mui/material/Stack';
import { useEffect, useRef } from 'react';
import { SubjectSearch } from '../../../app/subjects/SubjectSearch';
import { newRepairTexts } from '../texts';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';

/** (a) The applicant: a name or the first characters of a code, Enter searches, ↑↓ and Enter pick. */
export const SubjectStep = () => {
  const query = useNewRepairSession((state) => state.query);
  const searching = useNewRepairSession((state) => state.searching);
  const results = useNewRepairSession((state) => state.results);
  const searchError = useNewRepairSession((state) => state.searchError);
  const setQuery = useNewRepairSession((state) => state.setQuery);
  const search = useNewRepairSession((state) => state.search);
  const moveActive = useNewRepairSession((state) => state.moveActive);
  const pick = useNewRepairSession((state) => state.pickSubject);
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
