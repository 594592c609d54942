import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import type { SubjectSummary } from '../../../../shared/domain/subject';
import { useRouter } from '../../../app/router';
import { SubjectListbox } from '../../../app/subjects/SubjectListbox';
import { client } from '../../../transport/client';
import { reportsTexts } from '../texts';

const LIST_ID = 'report-subject-options';
const optionId = (index: number): string => `report-subject-option-${index}`;
const texts = reportsTexts.issue;

type Found = { query: string; items: SubjectSummary[]; active: number };

/** Pick a subject from the cache, say for which approval and purpose, 生成报告 → the preview. */
export const IssueForm = () => {
  const navigate = useRouter((state) => state.navigate);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [subject, setSubject] = useState<SubjectSummary | null>(null);
  const [purpose, setPurpose] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listOpen = found !== null && found.items.length > 0;

  const search = async (): Promise<void> => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    setBusy(true);
    const result = await client.call('subjects:search', { query: trimmed, limit: 20 });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setFound({ query: trimmed, items: result.value.items, active: 0 });
  };

  const pick = (item: SubjectSummary): void => {
    setSubject(item);
    setFound(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const picked = listOpen ? found.items[found.active] : undefined;
      if (picked !== undefined) pick(picked);
      else void search();
    } else if (listOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const size = found.items.length;
      setFound({ ...found, active: (found.active + step + size) % size });
    }
  };

  const submit = async (): Promise<void> => {
    if (subject === null) return;
    setBusy(true);
    const result = await client.call('reports:issue', { subjectId: subject.id, purpose, caseNumber });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    navigate({ page: 'report', number: result.value.number });
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="report-issue-form">
      <Stack spacing={1.5}>
        <Typography variant="h6" component="h2">
          {texts.title}
        </Typography>
        {subject === null ? (
          <>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={texts.subjectLabel}
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setFound(null);
                }}
                onKeyDown={onKeyDown}
                fullWidth
                autoFocus
                helperText={busy ? texts.searching : texts.subjectHint}
                slotProps={{
                  htmlInput: {
                    'data-testid': 'report-subject-input',
                    autoComplete: 'off',
                    spellCheck: false,
                    maxLength: 100,
                    role: 'combobox',
                    'aria-expanded': listOpen,
                    'aria-controls': listOpen ? LIST_ID : undefined,
                    'aria-activedescendant': listOpen ? optionId(found.active) : undefined,
                  },
                }}
              />
              <Button
                variant="outlined"
                onClick={() => void search()}
                disabled={busy || query.trim() === ''}
                data-testid="report-subject-search"
                sx={{ flexShrink: 0, mt: '2px' }}
              >
                {texts.search}
              </Button>
            </Stack>
            {found !== null && found.items.length === 0 && (
              <Alert severity="info" data-testid="report-subject-none">
                {texts.none(found.query)}
              </Alert>
            )}
            {listOpen && (
              <SubjectListbox
                items={found.items}
                active={found.active}
                listId={LIST_ID}
                optionId={optionId}
                title={texts.results(found.items.length)}
                listLabel={texts.listLabel}
                optionTestId="report-subject-option"
                maxHeight={280}
                onPick={pick}
              />
            )}
          </>
        ) : (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography color="text.secondary">{texts.chosen}</Typography>
            <Chip
              label={`${subject.name} · ${subject.identifierMasked}`}
              data-testid="report-subject-chosen"
            />
            <Button size="small" onClick={() => setSubject(null)} data-testid="report-subject-change">
              {texts.change}
            </Button>
          </Stack>
        )}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
          <TextField
            label={texts.purpose}
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
            helperText={texts.purposeHint}
            required
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'report-purpose', maxLength: 200 } }}
          />
          <TextField
            label={texts.caseNumber}
            value={caseNumber}
            onChange={(event) => setCaseNumber(event.target.value)}
            helperText={texts.caseNumberHint}
            required
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'report-case-number', maxLength: 64 } }}
          />
        </Stack>
        {error !== null && (
          <Alert severity="error" data-testid="report-issue-error">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button
            variant="contained"
            onClick={() => void submit()}
            disabled={busy || subject === null || purpose.trim() === '' || caseNumber.trim() === ''}
            data-testid="report-issue-submit"
          >
            {busy ? texts.submitting : texts.submit}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {texts.logged}
          </Typography>
        </Stack>
      </Stack>
    </Paper>
  );
};
