import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import {
  type InspectionResults,
  type InspectionResultSubject,
} from '../../../shared/domain/inspection-result';
import { DateField } from '../../app/fields/DateFields';
import { limitTexts } from '../../app/fields/beijing-time';
import { formatDate, formatDateTime } from '../../app/format';
import { submitOnCtrlEnter } from '../../app/form/ctrl-enter';
import { textFieldProps } from '../../app/form/text-field-props';
import { useContractForm } from '../../app/form/use-contract-form';
import { inputTestId } from '../../app/input-test-id';
import { client } from '../../transport/client';
import {
  isSubstitution,
  placeResultRefusal,
  problemFound,
  resultDefaults,
  resultFormSchema,
} from './result-form';
import { resultsTexts } from './results-texts';

type Props = {
  view: InspectionResults;
  subject: InspectionResultSubject;
  onClose: () => void;
  /** The core's answer to the save: the draw's results as they now stand. */
  onSaved: (view: InspectionResults, subjectName: string) => void;
};

/**
 * 录入 / 更正 one drawn subject's 检查结果: day, inspectors (a substitution with its reason), outcome, 处理情况 — a
 * contract form (inspections:record-result) refined by the draw's rules, the core's refusal placed at its fields.
 */
export const ResultDialog = ({ view, subject, onClose, onSaved }: Props) => {
  const texts = resultsTexts.form;
  const schema = useMemo(() => resultFormSchema(view, subject), [view, subject]);
  const form = useContractForm(schema, resultDefaults(view, subject));
  const { isSubmitting, errors } = form.formState;
  const [message, setMessage] = useState<string | null>(null);
  const correcting = subject.current !== null;
  const inspectorIds = form.watch('inspectorIds');
  const substituted = isSubstitution(subject, inspectorIds);
  const drawn = new Set(subject.drawnInspectors.map((inspector) => inspector.id));

  const submit = form.handleSubmit(
    async (request) => {
      setMessage(null);
      const result = await client.call('inspections:record-result', {
        ...request,
        substitutionReason: substituted ? request.substitutionReason : '',
      });
      if (!result.ok) {
        setMessage(placeResultRefusal(result.error, form.setError) ?? texts.checkMarked);
        return;
      }
      onSaved(result.value, subject.subjectName);
    },
    () => setMessage(texts.checkMarked),
  );

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="result-dialog-title">
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
        onKeyDown={submitOnCtrlEnter(async () => {
          if (!isSubmitting) await submit();
        })}
        data-testid="result-form"
      >
        <DialogTitle id="result-dialog-title">
          {correcting ? texts.titleCorrect(subject.subjectName) : texts.titleRecord(subject.subjectName)}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {subject.current !== null && (
              <Alert severity="info" icon={false}>
                {texts.current(
                  subject.current.outcome.label,
                  formatDate(subject.current.inspectedOn),
                  subject.current.recordedBy,
                )}
              </Alert>
            )}
            <Controller
              control={form.control}
              name="inspectedOn"
              render={({ field, fieldState }) => (
                <DateField
                  label={texts.inspectedOn}
                  value={field.value}
                  onChange={field.onChange}
                  required
                  error={fieldState.error?.message}
                  bounds={{
                    min: view.earliestDay,
                    minLabel: texts.drawnOn,
                    max: view.today,
                    maxLabel: limitTexts.today,
                  }}
                  testId="result-inspected-on"
                />
              )}
            />
            <Controller
              control={form.control}
              name="inspectorIds"
              render={({ field, fieldState }) => (
                <FormControl error={fieldState.error !== undefined} component="fieldset">
                  <FormLabel component="legend">{texts.inspectors}</FormLabel>
                  <FormGroup row>
                    {subject.eligibleInspectors.map((inspector) => (
                      <FormControlLabel
                        key={inspector.id}
                        label={`${inspector.name}（${inspector.badge}）${drawn.has(inspector.id) ? texts.drawnMark : ''}`}
                        control={
                          <Checkbox
                            size="small"
                            checked={field.value.includes(inspector.id)}
                            onChange={(_event, on) =>
                              field.onChange(
                                subject.eligibleInspectors
                                  .map((each) => each.id)
                                  .filter((id) => (id === inspector.id ? on : field.value.includes(id))),
                              )
                            }
                            onBlur={field.onBlur}
                            slotProps={{ input: inputTestId(`result-inspector-${inspector.id}`) }}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  <FormHelperText>{fieldState.error?.message ?? texts.inspectorsHint}</FormHelperText>
                </FormControl>
              )}
            />
            {substituted && (
              <TextField
                label={texts.substitutionReason}
                {...textFieldProps(form, 'substitutionReason')}
                required
                multiline
                slotProps={{
                  htmlInput: {
                    'data-testid': 'result-substitution-reason',
                  },
                }}
              />
            )}
            <TextField
              select
              label={texts.outcome}
              {...textFieldProps(form, 'outcomeCode')}
              required
              slotProps={{
                select: { native: true },
                inputLabel: { shrink: true },
                htmlInput: { 'data-testid': 'result-outcome' },
              }}
            >
              <option value="" disabled>
                {texts.outcomePrompt}
              </option>
              {view.outcomes.map((outcome) => (
                <option key={outcome.code} value={outcome.code}>
                  {outcome.label}
                </option>
              ))}
            </TextField>
            <TextField
              label={texts.handling}
              {...textFieldProps(form, 'handling', { hint: texts.handlingHint })}
              required={problemFound(view, form.watch('outcomeCode'))}
              multiline
              minRows={2}
              slotProps={{
                htmlInput: { 'data-testid': 'result-handling' },
              }}
            />
            {correcting && (
              <TextField
                label={texts.correctionReason}
                {...textFieldProps(form, 'correctionReason')}
                required
                multiline
                slotProps={{
                  htmlInput: {
                    'data-testid': 'result-correction-reason',
                  },
                }}
              />
            )}
            {message !== null && (
              <Alert severity="error" data-testid="result-error">
                {errors.subjectId?.message ?? message}
              </Alert>
            )}
            {subject.history.length > 0 && (
              <Stack spacing={0.5} data-testid="result-history">
                <Typography variant="subtitle2">{resultsTexts.history.title}</Typography>
                {subject.history.map((entry) => (
                  <Typography key={entry.id} variant="body2" color="text.secondary">
                    {resultsTexts.history.entry(
                      entry.revision,
                      formatDateTime(entry.recordedAt),
                      entry.recordedBy,
                      entry.outcome.label,
                    )}
                    {entry.correctionReason !== null &&
                      ` · ${resultsTexts.history.reason(entry.correctionReason)}`}
                    {entry.substitutionReason !== null &&
                      ` · ${resultsTexts.history.substitution(entry.substitutionReason)}`}
                  </Typography>
                ))}
              </Stack>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{texts.cancel}</Button>
          <Button
            variant="contained"
            onClick={(event) => void submit(event)}
            disabled={isSubmitting}
            data-testid="result-submit"
            aria-keyshortcuts="Control+Enter"
          >
            {isSubmitting ? texts.submitting : texts.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
