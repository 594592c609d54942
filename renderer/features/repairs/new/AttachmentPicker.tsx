import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { ATTACHMENT_ACCEPT } from '../../../../shared/files/attachment-types';
import { AttachmentKind, type Attachment } from '../../../../shared/domain/repair';
import { attachmentKindLabels } from '../../../../shared/domain/workflow-labels';
import { formatSize, shaPrefix } from '../../../app/files/files';
import { storeFile } from '../../../app/files/store-file';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import type { RepairForm } from '../../../app/repairs/repair-form';
import { repairDraftTexts } from '../../../app/repairs/texts';
import { newRepairTexts } from '../texts';

const toKind = (value: string): AttachmentKind => AttachmentKind.catch('other').parse(value);

/** Materials: several files at once, each stored by the core (files:add) and shown by name, size and hash. */
export const AttachmentPicker = ({ form }: { form: RepairForm }) => {
  const attachments = useWatch({ control: form.control, name: 'attachments' });
  const reading = useNewRepairSession((state) => state.reading);
  const notices = useNewRepairSession((state) => state.fileNotices);
  const { setReading, setFileNotices } = useNewRepairSession.getState();
  const error = form.getFieldState('attachments', form.formState).error;
  const input = useRef<HTMLInputElement>(null);
  const texts = newRepairTexts.form;

  const change = (next: Attachment[]): void => {
    form.setValue('attachments', next, { shouldDirty: true });
    form.clearErrors('attachments');
  };
  const remove = (sha256: string): void =>
    change(form.getValues('attachments').filter((attachment) => attachment.sha256 !== sha256));
  const setKind = (sha256: string, kind: AttachmentKind): void =>
    change(
      form
        .getValues('attachments')
        .map((attachment) => (attachment.sha256 === sha256 ? { ...attachment, kind } : attachment)),
    );
  // Files still being stored belong to the application they were added to, not to one started meanwhile.
  const addFiles = async (files: readonly File[]): Promise<void> => {
    const formKey = useNewRepairSession.getState().formKey;
    const notices: string[] = [];
    setFileNotices([]);
    setReading(files.length);
    for (const file of files) {
      const stored = await storeFile(file);
      if (useNewRepairSession.getState().formKey !== formKey) return;
      setReading(-1);
      const current = form.getValues('attachments');
      if (!stored.ok) notices.push(stored.notice);
      else if (current.some((attachment) => attachment.sha256 === stored.sha256))
        notices.push(repairDraftTexts.duplicate(file.name));
      else {
        const { sha256, size, name, mime } = stored;
        // The clerk says what each file is; nothing is guessed from the order they were chosen in.
        change([...current, { sha256, size, name, mime, kind: 'other' }]);
      }
    }
    setFileNotices(notices);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so choosing the same file again fires a change.
    event.target.value = '';
    if (files.length > 0) void addFiles(files);
  };

  return (
    <Stack spacing={1} data-testid="repair-materials">
      <Typography variant="subtitle2" component="h3">
        {texts.materials}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<AttachFileIcon />}
          onClick={() => input.current?.click()}
          disabled={attachments.length >= 20}
          data-testid="repair-add-files"
        >
          {texts.addFiles}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {texts.addFilesHint}
        </Typography>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ATTACHMENT_ACCEPT}
          onChange={onChange}
          data-testid="repair-files"
        />
      </Stack>
      {reading > 0 && (
        <Stack spacing={0.5}>
          <Typography variant="caption">{texts.reading(reading)}</Typography>
          <LinearProgress />
        </Stack>
      )}
      {notices.map((notice) => (
        <Alert key={notice} severity="warning" data-testid="repair-file-notice">
          {notice}
        </Alert>
      ))}
      {attachments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {texts.noFiles}
        </Typography>
      ) : (
        <List dense disablePadding>
          {attachments.map((attachment) => (
            <ListItem
              key={attachment.sha256}
              divider
              data-testid="repair-attachment"
              data-sha256={attachment.sha256}
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={texts.remove(attachment.name)}
                  onClick={() => remove(attachment.sha256)}
                  data-testid="repair-attachment-remove"
                >
                  <DeleteOutlinedIcon />
                </IconButton>
              }
              sx={{ gap: 2, pr: 7 }}
            >
              <ListItemText
                primary={attachment.name}
                secondary={texts.fileLine(formatSize(attachment.size), shaPrefix(attachment.sha256))}
                sx={{ minWidth: 0, wordBreak: 'break-all' }}
              />
              <TextField
                select
                size="small"
                label={texts.kind}
                value={attachment.kind}
                onChange={(event) => setKind(attachment.sha256, toKind(event.target.value))}
                sx={{ minWidth: 260, flexShrink: 0 }}
                slotProps={{
                  select: { native: true },
                  inputLabel: { shrink: true },
                  htmlInput: { 'data-testid': 'repair-attachment-kind' },
                }}
              >
                {AttachmentKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {attachmentKindLabels[kind]}
                  </option>
                ))}
              </TextField>
            </ListItem>
          ))}
        </List>
      )}
      {error !== undefined && (
        <FormHelperText error data-testid="repair-materials-error">
          {error.message ?? error.root?.message ?? texts.materialsInvalid}
        </FormHelperText>
      )}
    </Stack>
  );
};
