import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRouter } from '../../app/router';
import { useSyncStatus } from '../../app/sync/use-sync-status';
import { settingsTexts } from './texts';

/** The city platform this client syncs with; enrolment itself lives on the 同步 page, with its status. */
export const PlatformSettings = () => {
  const { status } = useSyncStatus();
  const navigate = useRouter((state) => state.navigate);
  const texts = settingsTexts.platformSection;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="settings-platform">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <Typography variant="body2">
          {texts.url}：{status?.platformUrl ?? texts.none}
          {status?.demoPlatform === true ? `（${texts.demoPlatform}）` : ''}
        </Typography>
        <Typography variant="body2">
          {texts.enrolment}：{status?.enrolled === true ? texts.enrolled : texts.notEnrolled}
        </Typography>
        <Stack direction="row">
          <Button
            variant="outlined"
            onClick={() => navigate({ page: 'sync' })}
            data-testid="settings-go-sync"
          >
            {status?.enrolled === true ? texts.manage : texts.enrol}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
};
