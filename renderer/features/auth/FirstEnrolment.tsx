import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { client } from '../../transport/client';
import { EnrolForm } from '../../app/enrolment/EnrolForm';
import type { EnrolOutcome } from '../../app/sync/sync-store';
import type { EnrolDraft } from '../../app/enrolment/enrol-form';
import { useAuthStore } from '../../app/auth/auth-store';
import { authTexts } from './texts';

/**
 * On the sign-in screen of a device not yet enrolled: online sign-in needs the enrolment (the platform's login
 * takes the device token), so the first enrolment is done here with the platform's one-time code (auth:enrol), at
 * the platform the deployment configuration names (`platformUrl`; null: none, and the form says whom to ask).
 */
export const FirstEnrolment = ({ platformUrl }: { platformUrl: string | null }) => {
  const [open, setOpen] = useState(false);
  const refresh = useAuthStore((state) => state.refresh);
  const enrolWith = async (request: EnrolDraft): Promise<EnrolOutcome> => {
    const result = await client.call('auth:enrol', request);
    if (!result.ok) return { ok: false, message: result.error.message };
    void refresh();
    return { ok: true, deviceId: request.deviceName };
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, width: 380 }} data-testid="signin-enrol">
      <Stack spacing={1}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="body2" color="text.secondary">
            {authTexts.notEnrolled}
          </Typography>
          <Button size="small" onClick={() => setOpen((value) => !value)} data-testid="signin-enrol-toggle">
            {authTexts.enrolToggle}
          </Button>
        </Stack>
        <Collapse in={open}>
          <EnrolForm platformUrl={platformUrl} enrolWith={enrolWith} />
        </Collapse>
      </Stack>
    </Paper>
  );
};
