import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { registrationStatusLabels, subjectKindLabels } from '../../../../shared/domain/labels';
import { regionName } from '../../../../shared/domain/regions';
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
        <Paper variant="outlined">
          <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 1.5, pt: 1 }}>
            {texts.results(current.items.length)}
          </Typography>
          <List
            id={LIST_ID}
            role="listbox"
            aria-label={texts.listLabel}
            sx={{ maxHeight: 320, overflow: 'auto' }}
          >
            {current.items.map((item, index) => (
              <ListItemButton
                key={item.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === current.active}
                selected={index === current.active}
                data-testid="repair-subject-option"
                data-subject-id={item.id}
                onClick={() => void pick(item)}
              >
                <ListItemText
                  primary={item.name}
                  secondary={[
                    item.identifierMasked,
                    subjectKindLabels[item.kind],
                    regionName(item.regionCode),
                    registrationStatusLabels[item.status],
                  ].join(' · ')}
                />
              </ListItemButton>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
};
