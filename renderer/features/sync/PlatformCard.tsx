import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DEVICE_REVOKED, type SyncStatus } from '../../../shared/domain/sync';
import { useAppStore } from '../../app/app-store';
import { describeConnectivity } from '../../app/connectivity-label';
import { Field, FieldGrid } from '../../app/fields/Field';
import { describeOffset } from './sync-format';
import { syncTexts } from './texts';

/** Where this client syncs to and how it stands there; the clock offset is information, never a blocker. */
export const PlatformCard = ({ status }: { status: SyncStatus }) => {
  const reachable = useAppStore((state) => state.serviceReachable);
  const connectivity = useAppStore((state) => state.connectivity);
  const shown = describeConnectivity(reachable, connectivity);
  const offset = describeOffset(status.serverOffsetMs);
  const texts = syncTexts.platform;
  const revoked = status.lastError?.code === DEVICE_REVOKED;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-platform">
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <FieldGrid>
          <Field label={texts.url} wide testId="sync-platform-url">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <span>{status.platformUrl ?? texts.notConfigured}</span>
              {status.demoPlatform && (
                <Chip
                  label={texts.demoPlatform}
                  title={texts.demoPlatformHint}
                  color="info"
                  variant="outlined"
                  data-testid="sync-demo-platform"
                />
              )}
            </Stack>
          </Field>
          <Field label={texts.deviceId} wide testId="sync-device-id">
            {status.deviceId ?? texts.none}
          </Field>
          <Field label={texts.enrolment}>
            <Chip
              label={revoked ? texts.revoked : status.enrolled ? texts.enrolled : texts.notEnrolled}
              color={revoked ? 'error' : status.enrolled ? 'success' : 'warning'}
              variant="outlined"
              data-testid="sync-enrolled"
              data-enrolled={status.enrolled ? 'true' : 'false'}
            />
          </Field>
          <Field label={texts.connectivity}>
            <Chip
              label={shown.label}
              title={shown.detail}
              color={shown.tone}
              variant="outlined"
              data-testid="sync-connectivity"
              data-state={shown.state}
            />
          </Field>
          <Field label={texts.offset} testId="sync-offset">
            <Typography
              component="span"
              variant="body2"
              color={offset.drift ? 'warning.main' : 'text.primary'}
              data-drift={offset.drift ? 'true' : 'false'}
            >
              {offset.text}
            </Typography>
          </Field>
        </FieldGrid>
        {offset.drift && (
          <Alert severity="warning" data-testid="sync-drift">
            {texts.driftWarning}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
};
