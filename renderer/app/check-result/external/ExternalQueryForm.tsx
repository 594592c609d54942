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
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { CheckDetail, ExternalQueryDuty } from '../../../../shared/domain/check';
import { externalQueryOutcomes } from '../../../../shared/domain/check';
import { externalQueryOutcomeLabels } from '../../../../shared/domain/labels';
import { DateTimeField } from '../../fields/DateFields';
import { formatSize } from '../../files/files';
import { storeFile } from '../../files/store-file';
import { submitOnCtrlEnter } from '../../form/ctrl-enter';
import { ErrorListAlert } from '../../form/ErrorListAlert';
import { SubmitRow } from '../../form/SubmitRow';
import { client } from '../../../transport/client';
import { externalQueryTexts as texts } from './texts';
import {
  initialExternalDraft,
  queriedAtBounds,
  toExternalQueryRequest,
  type DraftErrors,
  type ExternalQueryDraft,
} from './external-query-draft';

const MAX_FILES = 5;

type Props = {
  checkId: string;
  /** When the check ran: the query was made at most a day before it. */
  checkedAt: string;
  duty: ExternalQueryDuty;
  onRecorded: (detail: CheckDetail) => void;
};

/** The external query's channel, time, result, what it showed and a screenshot or PDF. Ctrl+Enter saves. */
export const ExternalQueryForm = ({ checkId, checkedAt, duty, onRecorded }: Props) => {
  const [draft, setDraft] = useState<ExternalQueryDraft>(() =>
    initialExternalDraft(duty.channels, new Date()),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notices, setNotices] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const update = (patch: Partial<ExternalQueryDraft>): void =>
    setDraft((current) => ({ ...current, ...patch }));

  const addFiles = async (files: File[]): Promise<void> => {
    const problems: string[] = [];
    for (const file of files.slice(0, MAX_FILES - draft.attachments.length)) {
      const stored = await storeFile(file);
      if (!stored.ok) problems.push(stored.notice);
      else {
        const { sha256, size, name, mime } = stored;
        setDraft((current) =>
          current.attachments.some((attachment) => attachment.sha256 === sha256)
            ? current
            : { ...current, attachments: [...current.attachments, { sha256, size, name, mime }] },
        );
      }
    }
    setNotices(problems);
  };
  const onFiles = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void addFiles(files);
  };

  const submit = async (): Promise<void> => {
    const built = toExternalQueryRequest(checkId, draft, queriedAtBounds(checkedAt, new Date()));
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await client.call('check:external-query', built.request);
    setBusy(false);
    if (!result.ok) setSaveError(result.error.message);
    else {
      setSaveError(null);
      onRecorded(result.value);
    }
  };
  const channel = duty.channels.find((candidate) => candidate.name === draft.channel);
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => event.preventDefault()}
      onKeyDown={submitOnCtrlEnter(submit)}
      aria-label={texts.title}
      data-testid="external-query-form"
    >
      <Stack spacing={1.5}>
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
          <TextField
            select
            label={texts.channel}
            value={draft.channel}
            onChange={(event) => update({ channel: event.target.value })}
            error={errors.channel !== undefined}
            helperText={errors.channel ?? channel?.address}
            slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'external-channel' } }}
          >
            {duty.channels.map((option) => (
              <option key={option.name} value={option.name}>
                {option.name}
              </option>
            ))}
          </TextField>
          <DateTimeField
            label={texts.queriedAt}
            value={draft.queriedAt}
            onChange={(queriedAt) => {
              update({ queriedAt });
              setErrors((current) => ({ ...current, queriedAt: undefined }));
            }}
            bounds={queriedAtBounds(checkedAt, new Date())}
            error={errors.queriedAt}
            testId="external-queried-at"
          />
        </Box>
        <FormControl error={errors.outcome !== undefined}>
          <FormLabel id={`${checkId}-outcome`}>{texts.outcome}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={`${checkId}-outcome`}
            value={draft.outcome ?? ''}
            onChange={(event) => {
              const outcome = externalQueryOutcomes.find((value) => value === event.target.value);
              if (outcome !== undefined) update({ outcome });
            }}
          >
            {externalQueryOutcomes.map((outcome) => (
              <FormControlLabel
                key={outcome}
                value={outcome}
                control={<Radio />}
                label={externalQueryOutcomeLabels[outcome]}
              />
            ))}
          </RadioGroup>
          {errors.outcome !== undefined && <FormHelperText>{errors.outcome}</FormHelperText>}
        </FormControl>
        {draft.outcome === 'found' && <Alert severity="warning">{texts.foundHint}</Alert>}
        <TextField
          label={texts.summary}
          placeholder={texts.summaryPlaceholder}
          value={draft.summary}
          onChange={(event) => update({ summary: event.target.value })}
          multiline
          minRows={2}
          required={draft.outcome === 'found'}
          error={errors.summary !== undefined}
          helperText={errors.summary}
          slotProps={{ htmlInput: { 'data-testid': 'external-summary', maxLength: 2000 } }}
        />
        <Stack spacing={0.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button
              variant="outlined"
              startIcon={<AttachFileIcon />}
              onClick={() => input.current?.click()}
              disabled={draft.attachments.length >= MAX_FILES}
            >
              {texts.addFiles}
            </Button>
            <Typography variant="caption" color="text.secondary">
              {texts.attachments}
            </Typography>
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
          {draft.attachments.map((file) => (
            <Stack key={file.sha256} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="external-file">
                {file.name}（{formatSize(file.size)}）
              </Typography>
              <IconButton
                size="small"
                aria-label={texts.removeFile(file.name)}
                onClick={() =>
                  update({ attachments: draft.attachments.filter((other) => other.sha256 !== file.sha256) })
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
          onSubmit={submit}
          busy={busy}
          label={texts.submit}
          busyLabel={texts.submitting}
          testId="external-submit"
          hint={texts.submitHint}
        />
      </Stack>
    </Box>
  );
};
