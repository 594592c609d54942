import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import type { CheckDetail, FeedbackAction, Hit } from '../../../../shared/domain/check';
import { feedbackActionLabels } from '../../../../shared/domain/labels';
import { useAppStore } from '../../app-store';
import { DateTimeField } from '../../fields/DateFields';
import { submitOnCtrlEnter } from '../../form/ctrl-enter';
import { SubmitRow } from '../../form/SubmitRow';
import { inputTestId } from '../../input-test-id';
import { RegionSelect } from '../../RegionSelect';
import { client } from '../../../transport/client';
import { feedbackTexts } from './texts';
import {
  actedAtBounds,
  availableActions,
  initialDraft,
  measuresFor,
  toFeedbackItem,
  withAction,
  withMeasure,
  type DraftErrors,
  type FeedbackDraft,
} from './feedback-draft';

type Props = {
  checkId: string;
  /** When the check ran: measures are taken after it. */
  checkedAt: string;
  hit: Hit;
  onRecorded: (detail: CheckDetail) => void;
};

/** Feedback for one actionable hit. Ctrl+Enter submits; a plain Enter never does (no accidental submits). */
export const FeedbackForm = ({ checkId, checkedAt, hit, onRecorded }: Props) => {
  const settings = useAppStore((state) => state.info?.settings ?? null);
  const [draft, setDraft] = useState<FeedbackDraft>(() => initialDraft(hit, settings, new Date()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const texts = feedbackTexts;

  const update = (patch: Partial<FeedbackDraft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof FeedbackDraft];
      return next;
    });
  };

  const submit = async (): Promise<void> => {
    if (busy) return;
    const built = toFeedbackItem(hit.key, draft, actedAtBounds(checkedAt, new Date()));
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setBusy(true);
    setSubmitError(null);
    const result = await client.call('check:feedback', { checkId, items: [built.item] });
    setBusy(false);
    if (result.ok) onRecorded(result.value);
    else setSubmitError(result.error.message);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void submit();
  };

  const field = (key: keyof FeedbackDraft) => ({
    error: errors[key] !== undefined,
    helperText: errors[key],
  });

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter(submit)}
      aria-labelledby={titleId}
      data-testid="feedback-form"
      data-hit-key={hit.key}
      sx={{ p: 1.5 }}
    >
      <Stack spacing={1.5}>
        <Typography id={titleId} variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
          {texts.formTitle(hit.listType.name)}
        </Typography>
        <FormControl>
          <FormLabel>{texts.action}</FormLabel>
          <RadioGroup
            row
            value={draft.action}
            onChange={(_event, value) => {
              setDraft((current) => withAction(current, hit, value as FeedbackAction));
              setErrors({});
            }}
          >
            {availableActions(hit).map((action) => (
              <FormControlLabel
                key={action}
                value={action}
                control={
                  <Radio size="small" slotProps={{ input: inputTestId(`feedback-action-${action}`) }} />
                }
                label={feedbackActionLabels[action]}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {draft.action !== 'none' && (
          <FormControl error={errors.measureCodes !== undefined}>
            <FormLabel>{texts.measures}</FormLabel>
            <FormGroup>
              {measuresFor(hit, draft.action).map((measure) => (
                <FormControlLabel
                  key={measure.code}
                  label={measure.name}
                  control={
                    <Checkbox
                      size="small"
                      checked={draft.measureCodes.includes(measure.code)}
                      onChange={(_event, checked) => {
                        setDraft((current) => withMeasure(current, hit, measure.code, checked));
                        setErrors((current) => ({ ...current, measureCodes: undefined }));
                      }}
                      slotProps={{ input: { ...inputTestId('feedback-measure'), value: measure.code } }}
                    />
                  }
                />
              ))}
            </FormGroup>
            {errors.measureCodes !== undefined && <FormHelperText>{errors.measureCodes}</FormHelperText>}
          </FormControl>
        )}
        {draft.action === 'none' && (
          <TextField
            label={texts.reason}
            value={draft.reason}
            onChange={(event) => update({ reason: event.target.value })}
            required
            multiline
            minRows={2}
            {...field('reason')}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-reason', maxLength: 500 } }}
          />
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5 }}>
          <TextField
            label={texts.result}
            placeholder={texts.resultPlaceholder}
            value={draft.result}
            onChange={(event) => update({ result: event.target.value })}
            required
            {...field('result')}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-result', maxLength: 500 } }}
          />
          <TextField
            label={texts.amount}
            value={draft.amount}
            onChange={(event) => update({ amount: event.target.value })}
            {...field('amount')}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-amount', inputMode: 'decimal' } }}
          />
        </Box>
        <TextField
          label={texts.legalBasis}
          value={draft.legalBasis}
          onChange={(event) => update({ legalBasis: event.target.value, legalBasisEdited: true })}
          required
          multiline
          minRows={1}
          {...field('legalBasis')}
          slotProps={{ htmlInput: { 'data-testid': 'feedback-legal-basis', maxLength: 1000 } }}
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(215px, 1fr))', gap: 1.5 }}>
          <TextField
            label={texts.department}
            value={draft.department}
            onChange={(event) => update({ department: event.target.value })}
            required
            {...field('department')}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-department', maxLength: 100 } }}
          />
          <RegionSelect
            label={texts.district}
            value={draft.districtCode}
            onChange={(districtCode) => update({ districtCode })}
            error={errors.districtCode}
            testId="feedback-district"
          />
          <DateTimeField
            label={texts.actedAt}
            value={draft.actedAt}
            onChange={(actedAt) => update({ actedAt })}
            required
            bounds={actedAtBounds(checkedAt, new Date())}
            error={errors.actedAt}
            testId="feedback-acted-at"
          />
        </Box>
        {submitError !== null && (
          <Alert severity="error" data-testid="feedback-error">
            {submitError}
          </Alert>
        )}
        <SubmitRow
          onSubmit={submit}
          busy={busy}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="feedback-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Paper>
  );
};
