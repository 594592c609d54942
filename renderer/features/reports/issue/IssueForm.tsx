import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ReportIssueRequest } from '../../../../shared/domain/report';
import type { SubjectSummary } from '../../../../shared/domain/subject';
import { DisabledReason, disabledReasonProps } from '../../../app/form/DisabledReason';
import { fieldRefusalText, placeRefusal } from '../../../app/form/place-refusal';
import { textFieldProps } from '../../../app/form/text-field-props';
import { useContractForm } from '../../../app/form/use-contract-form';
import { useRouter } from '../../../app/router';
import { SubjectSearch } from '../../../app/subjects/SubjectSearch';
import { client } from '../../../transport/client';
import { reportsTexts } from '../texts';
import { AuthorisationFields } from './AuthorisationFields';
import { authorisationComplete, issueFields } from './issue-form-api';

const texts = reportsTexts.issue;

type Found = { query: string; items: SubjectSummary[]; active: number; more: boolean };

/** Pick a subject from the cache, say for which approval and purpose, 生成报告 → the preview. */
export const IssueForm = () => {
  const navigate = useRouter((state) => state.navigate);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [subject, setSubject] = useState<SubjectSummary | null>(null);
  const form = useContractForm(ReportIssueRequest, { subjectId: '', purpose: '', caseNumber: '' });
  const { isSubmitting } = form.formState;
  const [searching, setSearching] = useState(false);
  const busy = searching || isSubmitting;
  const [error, setError] = useState<string | null>(null);
  // A natural person's report always needs the 授权; the city's policy may name other subjects, which the core
  // says when it refuses (the fields then appear too). The 授权 is part of the form only while it is needed.
  const [asked, setAsked] = useState(false);
  const needsAuthorisation = subject !== null && (subject.kind === 'natural-person' || asked);
  const authorisation = useWatch({ control: form.control, name: 'authorisation' });
  // What is still missing before 生成报告 can be pressed, said beside it (not while a search or the issue runs).
  const missing = busy
    ? null
    : subject === null
      ? texts.needsSubject
      : needsAuthorisation && !authorisationComplete(authorisation)
        ? texts.needsAuthorisation
        : null;
  const askAuthorisation = (needed: boolean): void => {
    form.setValue('authorisation', undefined);
    form.clearErrors('authorisation');
    if (needed) {
      form.setValue('authorisation.method', 'in-person');
      form.setValue('authorisation.personName', '');
    }
  };

  const search = async (): Promise<void> => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    setSearching(true);
    const result = await client.call('subjects:search', { query: trimmed, limit: 20 });
    setSearching(false);
    if (!result.ok) {
      setError(fieldRefusalText(result.error));
      return;
    }
    setError(null);
    setFound({ query: trimmed, items: result.value.items, active: 0, more: result.value.more });
  };

  const pick = (item: SubjectSummary): void => {
    setSubject(item);
    form.setValue('subjectId', item.id);
    setFound(null);
    setAsked(false);
    askAuthorisation(item.kind === 'natural-person');
  };

  // The contract's schema checks every field, the 授权's too, at the field (the button waits for a whole 授权).
  const submit = form.handleSubmit(async (values) => {
    const result = await client.call('reports:issue', values);
    if (!result.ok) {
      if (result.error.code === 'REPORT_AUTHORISATION_REQUIRED' && !needsAuthorisation) {
        setAsked(true);
        askAuthorisation(true);
      }
      setError(placeRefusal(result.error, form.setError, issueFields));
      return;
    }
    setError(null);
    navigate({ page: 'report', number: result.value.number });
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="report-issue-form">
      <Stack spacing={1.5}>
        <Typography variant="h6" component="h2">
          {texts.title}
        </Typography>
        {subject === null ? (
          <SubjectSearch
            prefix="report-subject"
            texts={{ ...texts, label: texts.subjectLabel, hint: texts.subjectHint }}
            query={query}
            onQueryChange={(value) => {
              setQuery(value);
              setFound(null);
            }}
            searching={busy}
            matches={found}
            onSearch={() => void search()}
            onMove={(step) =>
              setFound(
                found === null || found.items.length === 0
                  ? found
                  : { ...found, active: (found.active + step + found.items.length) % found.items.length },
              )
            }
            onPick={pick}
            maxHeight={280}
            buttonVariant="outlined"
            autoFocus
          />
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
            {...textFieldProps(form, 'purpose', { hint: texts.purposeHint })}
            required
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'report-purpose' } }}
          />
          <TextField
            label={texts.caseNumber}
            {...textFieldProps(form, 'caseNumber', { hint: texts.caseNumberHint })}
            required
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'report-case-number' } }}
          />
        </Stack>
        {needsAuthorisation && <AuthorisationFields form={form} />}
        {error !== null && (
          <Alert severity="error" data-testid="report-issue-error">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            onClick={(event) => void submit(event)}
            {...disabledReasonProps('report-issue-submit', missing, busy)}
            data-testid="report-issue-submit"
          >
            {isSubmitting ? texts.submitting : texts.submit}
          </Button>
          <DisabledReason testId="report-issue-submit" reason={missing} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {texts.logged}
        </Typography>
      </Stack>
    </Paper>
  );
};
