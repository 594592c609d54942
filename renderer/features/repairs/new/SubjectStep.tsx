import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { SubjectListbox } from '../../../app/subjects/SubjectListbox';
import { newRepairTexts } from '../texts';
import { useNewRepairStore } from './new-repair-store';

const LIST_ID = 'repair-subject-options';
const optionId = (index: number): string => `repair-subject-option-${index}`;

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
  const texts = newRepairTexts.subject;
  useEffect(() => input.current?.focus(), []);
  const current = results !== null && results.query === query.trim() ? results : null;
  const listOpen = current !== null && current.items.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const picked = listOpen ? current.items[current.active] : undefined;
      if (picked !== undefined) void pick(picked);
      else void search();
    } else if (listOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      moveActive(event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <Stack spacing={1.5} data-testid="repair-subject-step">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={texts.label}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          inputRef={input}
          fullWidth
          helperText={searching ? texts.searching : texts.hint}
          slotProps={{
            htmlInput: {
              'data-testid': 'repair-subject-input',
              autoComplete: 'off',
              spellCheck: false,
              maxLength: 100,
              role: 'combobox',
              'aria-expanded': listOpen,
              'aria-controls': listOpen ? LIST_ID : undefined,
              'aria-activedescendant': listOpen ? optionId(current.active) : undefined,
            },
          }}
        />
        <Button
          variant="contained"
          onClick={() => void search()}
          disabled={searching || query.trim() === ''}
          data-testid="repair-subject-search"
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {texts.search}
        </Button>
      </Stack>
      {searchError !== null && (
        <Alert severity="error" data-testid="repair-subject-error">
          {searchError}
        </Alert>
      )}
      {current !== null && current.items.length === 0 && (
        <Alert severity="info" data-testid="repair-subject-none">
          {texts.none(current.query)}
        </Alert>
      )}
      {listOpen && (
        <SubjectListbox
          items={current.items}
          active={current.active}
          listId={LIST_ID}
          optionId={optionId}
          title={texts.results(current.items.length)}
          listLabel={texts.listLabel}
          optionTestId="repair-subject-option"
          maxHeight={320}
          onPick={(item) => void pick(item)}
        />
      )}
    </Stack>
  );
};
