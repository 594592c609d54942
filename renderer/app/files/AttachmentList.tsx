import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { useState } from 'react';
import { client } from '../../transport/client';
import { base64ToBytes, saveBytes } from '../download';
import type { KindedFile } from './AttachmentPicker';
import { formatSize, shaPrefix } from './files';
import { attachmentTexts } from './texts';

/**
 * A stored item's materials (信用修复, 异议处理); a click fetches the stored bytes (files:get) and saves them under
 * the original name. Test ids `<prefix>-attachments-list`, `-attachment-download`, `-download-error`.
 */
export function AttachmentList<Kind extends string>({
  prefix,
  attachments,
  kindLabels,
}: {
  prefix: string;
  attachments: readonly KindedFile<Kind>[];
  kindLabels: Readonly<Record<Kind, string>>;
}) {
  const [error, setError] = useState<string | null>(null);
  const texts = attachmentTexts;
  const download = async (attachment: KindedFile<Kind>): Promise<void> => {
    setError(null);
    const result = await client.call('files:get', { sha256: attachment.sha256 });
    if (!result.ok) {
      setError(texts.downloadFailed(result.error.message));
      return;
    }
    saveBytes(base64ToBytes(result.value.base64), attachment.name, attachment.mime);
  };
  return (
    <Stack spacing={1}>
      <Typography variant="h3" component="h2">
        {texts.listTitle(attachments.length)}
      </Typography>
      {attachments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {texts.none}
        </Typography>
      ) : (
        <List dense disablePadding data-testid={`${prefix}-attachments-list`}>
          {attachments.map((attachment) => (
            <ListItem key={attachment.sha256} disablePadding>
              <ListItemButton
                onClick={() => void download(attachment)}
                title={texts.download(attachment.name)}
                data-testid={`${prefix}-attachment-download`}
                data-sha256={attachment.sha256}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <DownloadIcon fontSize="small" />
                </ListItemIcon>
                {/* The button's name is what it shows, with what a click does said first to a screen reader. */}
                <Box component="span" sx={visuallyHidden}>
                  {texts.downloadAction}
                </Box>
                <ListItemText
                  primary={attachment.name}
                  secondary={`${kindLabels[attachment.kind]} · ${formatSize(attachment.size)} · SHA-256 ${shaPrefix(attachment.sha256)}…`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      {error !== null && (
        <Alert severity="error" data-testid={`${prefix}-download-error`}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
