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
import { ATTACHMENT_ACCEPT } from '../../../../shared/files/attachment-types';
import { AttachmentKind } from '../../../../shared/domain/repair';
import { attachmentKindLabels } from '../../../../shared/domain/workflow-labels';
import { formatSize, shaPrefix } from '../../../app/files/files';
import { newRepairTexts } from '../texts';
import { useNewRepairStore } from '../../../app/repairs/new-repair-store';

const toKind = (value: string): AttachmentKind => AttachmentKind.catch('other').parse(value);

/** Materials: several files at once, each stored by the core (files:add) and shown by name, size and hash. */
export const AttachmentPicker = () => {
  const attachments = useNewRepairStore((state) => state.attachments);
  const reading = useNewRepairStore((state) => state.reading);
  const notices = useNewRepairStore((state) => state.fileNotices);
  const error = useNewRepairStore((state) => state.errors.attachments);
  const addFiles = useNewRepairStore((state) => state.addFiles);
  const remove = useNewRepairStore((state) => state.removeAttachment);
  const setKind = useNewRepairStore((state) => state.setAttachmentKind);
  const input = useRef<HTMLInputElement>(null);
  const texts = newRepairTexts.form;

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
      {error !== undefined && <FormHelperText error>{error}</FormHelperText>}
    </Stack>
  );
};
