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
import type { Attachment } from '../../../../shared/domain/repair';
import { attachmentKindLabels } from '../../../../shared/domain/workflow-labels';
import { client } from '../../../transport/client';
import { base64ToBytes, saveBytes } from '../../../app/download';
import { formatSize, shaPrefix } from '../../../app/files/files';
import { detailTexts } from '../texts';

/** The materials; a click fetches the stored bytes (files:get) and saves them under the original name. */
export const AttachmentList = ({ attachments }: { attachments: readonly Attachment[] }) => {
  const [error, setError] = useState<string | null>(null);
  const download = async (attachment: Attachment): Promise<void> => {
    setError(null);
    const result = await client.call('files:get', { sha256: attachment.sha256 });
    if (!result.ok) {
      setError(detailTexts.downloadFailed(result.error.message));
      return;
    }
    saveBytes(base64ToBytes(result.value.base64), attachment.name, attachment.mime);
  };
  return (
    <Stack spacing={1}>
      <Typography variant="h3" component="h2">
        {detailTexts.attachments(attachments.length)}
      </Typography>
      {attachments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {detailTexts.noAttachments}
        </Typography>
      ) : (
        <List dense disablePadding data-testid="repair-attachments-list">
          {attachments.map((attachment) => (
            <ListItem key={attachment.sha256} disablePadding>
              <ListItemButton
                onClick={() => void download(attachment)}
                title={detailTexts.download(attachment.name)}
                data-testid="repair-attachment-download"
                data-sha256={attachment.sha256}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <DownloadIcon fontSize="small" />
                </ListItemIcon>
                {/* The button's name is what it shows, with what a click does said first to a screen reader. */}
                <Box component="span" sx={visuallyHidden}>
                  {detailTexts.downloadAction}
                </Box>
                <ListItemText
                  primary={attachment.name}
                  secondary={`${attachmentKindLabels[attachment.kind]} · ${formatSize(attachment.size)} · SHA-256 ${shaPrefix(attachment.sha256)}…`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      {error !== null && (
        <Alert severity="error" data-testid="repair-download-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
};
