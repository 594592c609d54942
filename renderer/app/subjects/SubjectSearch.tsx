import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { KeyboardEvent, Ref } from 'react';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { SubjectListbox } from './SubjectListbox';

export type SubjectSearchTexts = {
  label: string;
  hint: string;
  search: string;
  searching: string;
  none: (query: string) => string;
  results: (count: number, more: boolean) => string;
  listLabel: string;
};

/** The last search's answer: for which query, what matched, and the highlighted option. */
/** more: further subjects match beyond these (the core looked for one more, never counted them all). */
export type SubjectMatches = {
  query: string;
  items: readonly SubjectSummary[];
  active: number;
  more?: boolean;
};

type Props = {
  /** Prefix of every data-testid and element id: `<prefix>-input`, `-search`, `-none`, `-error`, `-option`. */
  prefix: string;
  texts: SubjectSearchTexts;
  query: string;
  onQueryChange: (query: string) => void;
  searching: boolean;
  /** Only the answer to the query now in the field (null while none). */
  matches: SubjectMatches | null;
  error?: string | null;
  onSearch: () => void;
  onMove: (step: 1 | -1) => void;
  onPick: (item: SubjectSummary) => void;
  maxHeight: number;
  buttonVariant?: 'contained' | 'outlined';
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
};

/**
 * Find a subject in the cache: a name or the first characters of a code, Enter searches, ↑/↓ move through the
 * matches and Enter picks the highlighted one (a combobox for screen readers). Used wherever a subject is chosen
 * (信用修复, 信用报告); the caller keeps the state.
 */
export const SubjectSearch = ({
  prefix,
  texts,
  query,
  onQueryChange,
  searching,
  matches,
  error = null,
  onSearch,
  onMove,
  onPick,
  maxHeight,
  buttonVariant = 'contained',
  inputRef,
  autoFocus = false,
}: Props) => {
  const listId = `${prefix}-options`;
  const optionId = (index: number): string => `${prefix}-option-${index}`;
  const listOpen = matches !== null && matches.items.length > 0;
  const empty = query.trim() === '';

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const picked = listOpen ? matches.items[matches.active] : undefined;
      if (picked !== undefined) onPick(picked);
      else onSearch();
    } else if (listOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          id={`${prefix}-field`}
          label={texts.label}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={onKeyDown}
          inputRef={inputRef}
          autoFocus={autoFocus}
          fullWidth
          helperText={searching ? texts.searching : texts.hint}
          slotProps={{
            htmlInput: {
              'data-testid': `${prefix}-input`,
              autoComplete: 'off',
              spellCheck: false,
              maxLength: 100,
              role: 'combobox',
              'aria-expanded': listOpen,
              'aria-controls': listOpen ? listId : undefined,
              'aria-activedescendant': listOpen ? optionId(matches.active) : undefined,
            },
          }}
        />
        <Button
          variant={buttonVariant}
          onClick={onSearch}
          disabled={searching || empty}
          // Off while nothing is typed: the field's hint under it (what to type, Enter to search) says why.
          aria-describedby={empty ? `${prefix}-field-helper-text` : undefined}
          data-testid={`${prefix}-search`}
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {texts.search}
        </Button>
      </Stack>
      {error !== null && (
        <Alert severity="error" data-testid={`${prefix}-error`}>
          {error}
        </Alert>
      )}
      {matches !== null && matches.items.length === 0 && (
        <Alert severity="info" data-testid={`${prefix}-none`}>
          {texts.none(matches.query)}
        </Alert>
      )}
      {listOpen && (
        <SubjectListbox
          items={matches.items}
          active={matches.active}
          listId={listId}
          optionId={optionId}
          title={texts.results(matches.items.length, matches.more ?? false)}
          listLabel={texts.listLabel}
          optionTestId={`${prefix}-option`}
          maxHeight={maxHeight}
          onPick={onPick}
        />
      )}
    </>
  );
};
