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
import { useState, type FormEvent } from 'react';
import {
  resultTextLimits,
  type InspectionResults,
  type InspectionResultSubject,
} from '../../../shared/domain/inspection-result';
import { DateField } from '../../app/fields/DateFields';
import { limitTexts } from '../../app/fields/beijing-time';
import { formatDate, formatDateTime } from '../../app/format';
import { submitOnCtrlEnter } from '../../app/form/ctrl-enter';
import { inputTestId } from '../../app/input-test-id';
import {
  blankResult,
  isSubstitution,
  problemFound,
  resultErrorOf,
  toResultRequest,
  type ResultErrors,
  type ResultFields,
} from './result-draft';
import { useResultsStore } from './results-store';
import { resultsTexts } from './results-texts';

const shown = (error: string | undefined, hint?: string) => ({
  error: error !== undefined,
  helperText: error ?? hint,
});

type Props = { view: InspectionResults; subject: InspectionResultSubject; onClose: () => void };

/** 录入 / 更正 one drawn subject's 检查结果: day, inspectors (a substitution with its reason), outcome, 处理情况. */
export const ResultDialog = ({ view, subject, onClose }: Props) => {
  const texts = resultsTexts.form;
  const { save, busy } = useResultsStore();
  const [fields, setFields] = useState<ResultFields>(() => blankResult(subject, view.today));
  const [errors, setErrors] = useState<ResultErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const correcting = subject.current !== null;
  const substituted = isSubstitution(subject, fields);
  const drawn = new Set(subject.drawnInspectors.map((inspector) => inspector.id));

  const update = (patch: Partial<ResultFields>): void => {
    setFields((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof ResultErrors];
      return next;
    });
    setMessage(null);
  };

  const toggle = (id: string, on: boolean): void =>
    update({
      inspectorIds: on
        ? subject.eligibleInspectors
            .map((i) => i.id)
            .filter((each) => each === id || fields.inspectorIds.includes(each))
        : fields.inspectorIds.filter((each) => each !== id),
    });

  const submit = async (): Promise<void> => {
    if (busy === 'save') return;
    const built = toResultRequest(view, subject, fields);
    if (!built.ok) {
      setErrors(built.errors);
      setMessage(texts.checkMarked);
      return;
    }
    const result = await save(built.request);
    if (result.ok) return;
    const refused = resultErrorOf(result.error);
    setErrors(refused.errors);
    setMessage(refused.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="result-dialog-title">
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
        onKeyDown={submitOnCtrlEnter(submit)}
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
            <DateField
              label={texts.inspectedOn}
              value={fields.inspectedOn}
              onChange={(inspectedOn) => update({ inspectedOn })}
              required
              error={errors.inspectedOn}
              bounds={{
                min: view.earliestDay,
                minLabel: texts.drawnOn,
                max: view.today,
                maxLabel: limitTexts.today,
              }}
              testId="result-inspected-on"
            />
            <FormControl error={errors.inspectorIds !== undefined} component="fieldset">
              <FormLabel component="legend">{texts.inspectors}</FormLabel>
              <FormGroup row>
                {subject.eligibleInspectors.map((inspector) => (
                  <FormControlLabel
                    key={inspector.id}
                    label={`${inspector.name}（${inspector.badge}）${drawn.has(inspector.id) ? texts.drawnMark : ''}`}
                    control={
                      <Checkbox
                        size="small"
                        checked={fields.inspectorIds.includes(inspector.id)}
                        onChange={(_event, on) => toggle(inspector.id, on)}
                        slotProps={{ input: inputTestId(`result-inspector-${inspector.id}`) }}
                      />
                    }
                  />
                ))}
              </FormGroup>
              <FormHelperText>{errors.inspectorIds ?? texts.inspectorsHint}</FormHelperText>
            </FormControl>
            {substituted && (
              <TextField
                label={texts.substitutionReason}
                value={fields.substitutionReason}
                onChange={(event) => update({ substitutionReason: event.target.value })}
                required
                multiline
                {...shown(errors.substitutionReason)}
                slotProps={{
                  htmlInput: {
                    maxLength: resultTextLimits.reason,
                    'data-testid': 'result-substitution-reason',
                  },
                }}
              />
            )}
            <TextField
              select
              label={texts.outcome}
              value={fields.outcomeCode}
              onChange={(event) => update({ outcomeCode: event.target.value })}
              required
              {...shown(errors.outcomeCode)}
              slotProps={{
                select: { native: true },
                inputLabel: { shrink: true },
                htmlInput: { 'data-testid': 'result-outcome' },
              }}
            >
              <option value="" disabled>
                {texts.outcome}
              </option>
              {view.outcomes.map((outcome) => (
                <option key={outcome.code} value={outcome.code}>
                  {outcome.label}
                </option>
              ))}
            </TextField>
            <TextField
              label={texts.handling}
              value={fields.handling}
              onChange={(event) => update({ handling: event.target.value })}
              required={problemFound(view, fields)}
              multiline
              minRows={2}
              {...shown(errors.handling, texts.handlingHint)}
              slotProps={{
                htmlInput: { maxLength: resultTextLimits.handling, 'data-testid': 'result-handling' },
              }}
            />
            {correcting && (
              <TextField
                label={texts.correctionReason}
                value={fields.correctionReason}
                onChange={(event) => update({ correctionReason: event.target.value })}
                required
                multiline
                {...shown(errors.correctionReason)}
                slotProps={{
                  htmlInput: {
                    maxLength: resultTextLimits.reason,
                    'data-testid': 'result-correction-reason',
                  },
                }}
              />
            )}
            {message !== null && (
              <Alert severity="error" data-testid="result-error">
                {errors.subjectId ?? message}
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
            onClick={() => void submit()}
            disabled={busy === 'save'}
            data-testid="result-submit"
            aria-keyshortcuts="Control+Enter"
          >
            {busy === 'save' ? texts.submitting : texts.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
