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
import { ATTACHMENT_ACCEPT } from '../../../shared/files/attachment-types';
import type { StoredFile } from '../../../shared/domain/files';
import { DisabledReason, disabledReasonProps } from '../form/DisabledReason';
import { formatSize, shaPrefix } from './files';
import { storeFile } from './store-file';
import { attachmentTexts } from './texts';

export type KindedFile<Kind extends string> = StoredFile & { kind: Kind };

type Props<Kind extends string> = {
  /**
   * Prefix of the test ids: `<prefix>-materials`, `-add-files`, `-files` (the file input), `-file-notice`,
   * `-attachment`, `-attachment-kind`, `-attachment-remove`, `-materials-error`.
   */
  prefix: string;
  attachments: readonly KindedFile<Kind>[];
  /** The materials as they are now (the form's field), read afresh after each file is stored. */
  read: () => readonly KindedFile<Kind>[];
  /** The materials as they now are (the form's field). */
  onChange: (next: KindedFile<Kind>[]) => void;
  /** The kinds the clerk chooses from, in order, with their names; a new file is `defaultKind` until chosen. */
  kinds: readonly Kind[];
  kindLabels: Readonly<Record<Kind, string>>;
  defaultKind: Kind;
  max: number;
  /** Files still being stored (the owner keeps the count, so a submit can wait for them). */
  reading: number;
  onReading: (delta: number) => void;
  notices: readonly string[];
  onNotices: (notices: string[]) => void;
  /** False once the item the files were added to is gone (cancelled, another started): they are dropped. */
  stillCurrent: () => boolean;
  /** The form's message at the field, if any. */
  error: string | null;
};

/** Materials: several files at once, each stored by the core (files:add) and shown by name, size and hash. */
export function AttachmentPicker<Kind extends string>({
  prefix,
  attachments,
  read,
  onChange,
  kinds,
  kindLabels,
  defaultKind,
  max,
  reading,
  onReading,
  notices,
  onNotices,
  stillCurrent,
  error,
}: Props<Kind>) {
  const input = useRef<HTMLInputElement>(null);
  const texts = attachmentTexts;
  const change = onChange;
  const full = attachments.length >= max ? texts.full(max) : null;
  const toKind = (value: string): Kind => kinds.find((kind) => kind === value) ?? defaultKind;

  const addFiles = async (files: readonly File[]): Promise<void> => {
    const found: string[] = [];
    onNotices([]);
    onReading(files.length);
    for (const file of files) {
      const stored = await storeFile(file);
      if (!stillCurrent()) return;
      onReading(-1);
      const current = read();
      if (!stored.ok) found.push(stored.notice);
      else if (current.some((attachment) => attachment.sha256 === stored.sha256))
        found.push(texts.duplicate(file.name));
      else {
        const { sha256, size, name, mime } = stored;
        // The clerk says what each file is; nothing is guessed from the order they were chosen in.
        change([...current, { sha256, size, name, mime, kind: defaultKind }]);
      }
    }
    onNotices(found);
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so choosing the same file again fires a change.
    event.target.value = '';
    if (files.length > 0) void addFiles(files);
  };

  return (
    <Stack spacing={1} data-testid={`${prefix}-materials`}>
      <Typography variant="subtitle2" component="h3">
        {texts.materials}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<AttachFileIcon />}
          onClick={() => input.current?.click()}
          {...disabledReasonProps(`${prefix}-add-files`, full)}
          data-testid={`${prefix}-add-files`}
        >
          {texts.addFiles}
        </Button>
        {full === null ? (
          <Typography variant="caption" color="text.secondary">
            {texts.addFilesHint}
          </Typography>
        ) : (
          <DisabledReason testId={`${prefix}-add-files`} reason={full} />
        )}
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ATTACHMENT_ACCEPT}
          onChange={onInput}
          data-testid={`${prefix}-files`}
        />
      </Stack>
      {reading > 0 && (
        <Stack spacing={0.5}>
          <Typography variant="caption">{texts.reading(reading)}</Typography>
          <LinearProgress />
        </Stack>
      )}
      {notices.map((notice) => (
        <Alert key={notice} severity="warning" data-testid={`${prefix}-file-notice`}>
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
              data-testid={`${prefix}-attachment`}
              data-sha256={attachment.sha256}
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={texts.remove(attachment.name)}
                  onClick={() => change(attachments.filter((item) => item.sha256 !== attachment.sha256))}
                  data-testid={`${prefix}-attachment-remove`}
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
                onChange={(event) =>
                  change(
                    attachments.map((item) =>
                      item.sha256 === attachment.sha256
                        ? { ...item, kind: toKind(event.target.value) }
                        : item,
                    ),
                  )
                }
                sx={{ minWidth: 260, flexShrink: 0 }}
                slotProps={{
                  select: { native: true },
                  inputLabel: { shrink: true },
                  htmlInput: { 'data-testid': `${prefix}-attachment-kind` },
                }}
              >
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabels[kind]}
                  </option>
                ))}
              </TextField>
            </ListItem>
          ))}
        </List>
      )}
      {error !== null && (
        <FormHelperText error data-testid={`${prefix}-materials-error`}>
          {error}
        </FormHelperText>
      )}
    </Stack>
  );
}
