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
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import type { CheckDetail, FeedbackAction, Hit } from '../../../../shared/domain/check';
import { feedbackActionLabels } from '../../../../shared/domain/labels';
import { useAppInfo } from '../../app-info';
import { DateTimeField } from '../../fields/DateFields';
import { submitOnCtrlEnter } from '../../form/ctrl-enter';
import { placeRefusal } from '../../form/place-refusal';
import { SubmitRow } from '../../form/SubmitRow';
import { textFieldProps } from '../../form/text-field-props';
import { useContractForm } from '../../form/use-contract-form';
import { inputTestId } from '../../input-test-id';
import { RegionSelect } from '../../RegionSelect';
import { client } from '../../../transport/client';
import { feedbackTexts } from './texts';
import {
  actedAtBounds,
  availableActions,
  basisFor,
  feedbackDefaults,
  feedbackFieldOf,
  feedbackFields,
  feedbackFormSchema,
  measuresFor,
} from './feedback-form';

type Props = {
  checkId: string;
  /** When the check ran: measures are taken after it. */
  checkedAt: string;
  hit: Hit;
  onRecorded: (detail: CheckDetail) => void;
};

/**
 * Feedback for one actionable hit, checked by the contract's feedback item (feedback-form.ts): messages at the
 * fields, in Chinese; a refusal of the core at the field it names. Ctrl+Enter submits; a plain Enter never does.
 */
export const FeedbackForm = ({ checkId, checkedAt, hit, onRecorded }: Props) => {
  const settings = useAppInfo().data?.settings ?? null;
  const schema = useMemo(() => feedbackFormSchema(hit.key, checkedAt), [hit.key, checkedAt]);
  const form = useContractForm(schema, feedbackDefaults(hit, settings, new Date()));
  const { isSubmitting } = form.formState;
  // Once the clerk edits the basis by hand, changing measures no longer overwrites it.
  const basisEdited = useRef(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const titleId = useId();
  const texts = feedbackTexts;
  const action = form.watch('action');
  const measureCodes = form.watch('measureCodes');

  const choose = (next: FeedbackAction, codes: string[]): void => {
    form.setValue('action', next);
    form.setValue('measureCodes', codes, { shouldValidate: form.formState.isSubmitted });
    if (!basisEdited.current) form.setValue('legalBasis', basisFor(hit, next, codes));
    form.clearErrors(['action', 'reason']);
  };

  const submit = form.handleSubmit(async (item) => {
    setSubmitError(null);
    const result = await client.call('check:feedback', { checkId, items: [item] });
    if (result.ok) onRecorded(result.value);
    else setSubmitError(placeRefusal(result.error, form.setError, feedbackFields, feedbackFieldOf));
  });
  const send = async (): Promise<void> => {
    if (!isSubmitting) await submit();
  };

  const legalBasis = textFieldProps(form, 'legalBasis');

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(send)}
      aria-labelledby={titleId}
      data-testid="feedback-form"
      data-hit-key={hit.key}
      sx={{ p: 1.5 }}
    >
      <Stack spacing={1.5}>
        <Typography id={titleId} variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
          {texts.formTitle(hit.listType.name)}
        </Typography>
        <Controller
          control={form.control}
          name="action"
          render={({ fieldState }) => (
            <FormControl error={fieldState.error !== undefined}>
              <FormLabel>{texts.action}</FormLabel>
              <RadioGroup
                row
                value={action}
                onChange={(_event, value) => {
                  const next = availableActions(hit).find((candidate) => candidate === value);
                  if (next !== undefined)
                    choose(
                      next,
                      measuresFor(hit, next).map((measure) => measure.code),
                    );
                }}
              >
                {availableActions(hit).map((option) => (
                  <FormControlLabel
                    key={option}
                    value={option}
                    control={
                      <Radio size="small" slotProps={{ input: inputTestId(`feedback-action-${option}`) }} />
                    }
                    label={feedbackActionLabels[option]}
                  />
                ))}
              </RadioGroup>
              {fieldState.error !== undefined && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
        {action !== 'none' && (
          <Controller
            control={form.control}
            name="measureCodes"
            render={({ fieldState }) => (
              <FormControl error={fieldState.error !== undefined}>
                <FormLabel>{texts.measures}</FormLabel>
                <FormGroup>
                  {measuresFor(hit, action).map((measure) => (
                    <FormControlLabel
                      key={measure.code}
                      label={measure.name}
                      control={
                        <Checkbox
                          size="small"
                          checked={measureCodes.includes(measure.code)}
                          onChange={(_event, checked) => {
                            const others = measureCodes.filter((code) => code !== measure.code);
                            choose(action, checked ? [...others, measure.code] : others);
                          }}
                          slotProps={{ input: { ...inputTestId('feedback-measure'), value: measure.code } }}
                        />
                      }
                    />
                  ))}
                </FormGroup>
                {fieldState.error !== undefined && (
                  <FormHelperText>{fieldState.error.message}</FormHelperText>
                )}
              </FormControl>
            )}
          />
        )}
        {action === 'none' && (
          <TextField
            label={texts.reason}
            {...textFieldProps(form, 'reason')}
            required
            multiline
            minRows={2}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-reason' } }}
          />
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5 }}>
          <TextField
            label={texts.result}
            placeholder={texts.resultPlaceholder}
            {...textFieldProps(form, 'result')}
            required
            slotProps={{ htmlInput: { 'data-testid': 'feedback-result' } }}
          />
          <TextField
            label={texts.amount}
            {...textFieldProps(form, 'amount')}
            slotProps={{ htmlInput: { 'data-testid': 'feedback-amount', inputMode: 'decimal' } }}
          />
        </Box>
        <TextField
          label={texts.legalBasis}
          {...legalBasis}
          onChange={(event) => {
            basisEdited.current = true;
            void legalBasis.onChange(event);
          }}
          required
          multiline
          minRows={1}
          slotProps={{ htmlInput: { 'data-testid': 'feedback-legal-basis' } }}
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(215px, 1fr))', gap: 1.5 }}>
          <TextField
            label={texts.department}
            {...textFieldProps(form, 'department')}
            required
            slotProps={{ htmlInput: { 'data-testid': 'feedback-department' } }}
          />
          <Controller
            control={form.control}
            name="districtCode"
            render={({ field, fieldState }) => (
              <RegionSelect
                label={texts.district}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                testId="feedback-district"
              />
            )}
          />
          <Controller
            control={form.control}
            name="actedAt"
            render={({ field, fieldState }) => (
              <DateTimeField
                label={texts.actedAt}
                value={field.value}
                onChange={field.onChange}
                required
                bounds={actedAtBounds(checkedAt, new Date())}
                error={fieldState.error?.message}
                testId="feedback-acted-at"
              />
            )}
          />
        </Box>
        {submitError !== null && (
          <Alert severity="error" data-testid="feedback-error">
            {submitError}
          </Alert>
        )}
        <SubmitRow
          onSubmit={send}
          busy={isSubmitting}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="feedback-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Paper>
  );
};
