import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import type { CheckDetail, ExternalQueryDuty } from '../../../../shared/domain/check';
import { externalQueryOutcomes } from '../../../../shared/domain/check';
import { externalQueryOutcomeLabels } from '../../../../shared/domain/labels';
import { DateTimeField } from '../../fields/DateFields';
import { formatSize } from '../../files/files';
import { storeFile } from '../../files/store-file';
import { submitOnCtrlEnter } from '../../form/ctrl-enter';
import { DisabledReason, disabledReasonProps } from '../../form/DisabledReason';
import { ErrorListAlert } from '../../form/ErrorListAlert';
import { attachmentTexts } from '../../files/texts';
import { placeRefusal } from '../../form/place-refusal';
import { SubmitRow } from '../../form/SubmitRow';
import { textFieldProps } from '../../form/text-field-props';
import { useContractForm } from '../../form/use-contract-form';
import { client } from '../../../transport/client';
import { externalQueryTexts as texts } from './texts';
import {
  externalQueryDefaults,
  externalQueryFields,
  externalQueryFormSchema,
  queriedAtBounds,
} from './external-query-form';

const MAX_FILES = 5;

type Props = {
  checkId: string;
  /** When the check ran: the query was made at most a day before it. */
  checkedAt: string;
  duty: ExternalQueryDuty;
  onRecorded: (detail: CheckDetail) => void;
};

/**
 * The external query's channel, time, result, what it showed and a screenshot or PDF, checked by the contract's
 * request (external-query-form.ts): messages at the fields, in Chinese; a refusal of the core at the field it
 * names, else in the alert. Ctrl+Enter saves.
 */
export const ExternalQueryForm = ({ checkId, checkedAt, duty, onRecorded }: Props) => {
  const schema = useMemo(() => externalQueryFormSchema(checkId, checkedAt), [checkId, checkedAt]);
  const form = useContractForm(schema, externalQueryDefaults(duty.channels, new Date()));
  const { isSubmitting } = form.formState;
  const [notices, setNotices] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const attachments = form.watch('attachments');
  const outcome = form.watch('outcome');
  const full = attachments.length >= MAX_FILES ? attachmentTexts.full(MAX_FILES) : null;

  const addFiles = async (files: File[]): Promise<void> => {
    const problems: string[] = [];
    for (const file of files.slice(0, MAX_FILES - attachments.length)) {
      const stored = await storeFile(file);
      if (!stored.ok) problems.push(stored.notice);
      else {
        const { sha256, size, name, mime } = stored;
        const current = form.getValues('attachments');
        if (!current.some((attachment) => attachment.sha256 === sha256))
          form.setValue('attachments', [...current, { sha256, size, name, mime }]);
      }
    }
    setNotices(problems);
  };
  const onFiles = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void addFiles(files);
  };

  const submit = form.handleSubmit(async (request) => {
    const result = await client.call('check:external-query', request);
    if (!result.ok) setSaveError(placeRefusal(result.error, form.setError, externalQueryFields));
    else {
      setSaveError(null);
      onRecorded(result.value);
    }
  });
  const send = async (): Promise<void> => {
    if (!isSubmitting) await submit();
  };
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(send)}
      aria-label={texts.title}
      data-testid="external-query-form"
    >
      <Stack spacing={1.5}>
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
          <Controller
            control={form.control}
            name="channel"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={texts.channel}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error !== undefined}
                helperText={
                  fieldState.error?.message ??
                  duty.channels.find((candidate) => candidate.name === field.value)?.address
                }
                slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'external-channel' } }}
              >
                {duty.channels.map((option) => (
                  <option key={option.name} value={option.name}>
                    {option.name}
                  </option>
                ))}
              </TextField>
            )}
          />
          <Controller
            control={form.control}
            name="queriedAt"
            render={({ field, fieldState }) => (
              <DateTimeField
                label={texts.queriedAt}
                value={field.value}
                onChange={field.onChange}
                bounds={queriedAtBounds(checkedAt, new Date())}
                error={fieldState.error?.message}
                testId="external-queried-at"
              />
            )}
          />
        </Box>
        <Controller
          control={form.control}
          name="outcome"
          render={({ field, fieldState }) => (
            <FormControl error={fieldState.error !== undefined}>
              <FormLabel id={`${checkId}-outcome`}>{texts.outcome}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${checkId}-outcome`}
                value={field.value ?? ''}
                onChange={(event) => {
                  const chosen = externalQueryOutcomes.find((value) => value === event.target.value);
                  if (chosen !== undefined) field.onChange(chosen);
                }}
              >
                {externalQueryOutcomes.map((option) => (
                  <FormControlLabel
                    key={option}
                    value={option}
                    control={<Radio />}
                    label={externalQueryOutcomeLabels[option]}
                  />
                ))}
              </RadioGroup>
              {fieldState.error !== undefined && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
        {outcome === 'found' && <Alert severity="warning">{texts.foundHint}</Alert>}
        <TextField
          label={texts.summary}
          placeholder={texts.summaryPlaceholder}
          {...textFieldProps(form, 'summary')}
          multiline
          minRows={2}
          required={outcome === 'found'}
          slotProps={{ htmlInput: { 'data-testid': 'external-summary' } }}
        />
        <Stack spacing={0.5}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={<AttachFileIcon />}
              onClick={() => input.current?.click()}
              {...disabledReasonProps('external-add-files', full)}
              data-testid="external-add-files"
            >
              {texts.addFiles}
            </Button>
            {full === null ? (
              <Typography variant="caption" color="text.secondary">
                {texts.attachments}
              </Typography>
            ) : (
              <DisabledReason testId="external-add-files" reason={full} />
            )}
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept="image/*,application/pdf"
              onChange={onFiles}
              data-testid="external-files"
            />
          </Stack>
          {notices.map((notice) => (
            <Alert key={notice} severity="warning">
              {notice}
            </Alert>
          ))}
          {attachments.map((file) => (
            <Stack key={file.sha256} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="external-file">
                {file.name}（{formatSize(file.size)}）
              </Typography>
              <IconButton
                size="small"
                aria-label={texts.removeFile(file.name)}
                onClick={() =>
                  form.setValue(
                    'attachments',
                    attachments.filter((other) => other.sha256 !== file.sha256),
                  )
                }
              >
                <DeleteOutlinedIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
        </Stack>
        {saveError !== null && (
          <ErrorListAlert title={texts.errorTitle} message={saveError} items={[]} testId="external-error" />
        )}
        <SubmitRow
          onSubmit={send}
          busy={isSubmitting}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="external-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Box>
  );
};
