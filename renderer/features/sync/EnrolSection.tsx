import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SyncStatus } from '../../../shared/domain/sync';
import { useRole } from '../../app/auth/auth-store';
import { EnrolForm } from '../../app/enrolment/EnrolForm';
import { syncTexts } from './texts';

/** The enrolment form: open when this PC is not enrolled, behind 重新登记 when it is. */
export const EnrolSection = ({ status }: { status: SyncStatus }) => {
  // Open from the start when not enrolled, so the success message stays in view once enrolment succeeds.
  const [open, setOpen] = useState(!status.enrolled);
  const texts = syncTexts.enrol;
  // sync:enrol is admin only (shared/auth/roles.ts); others are told who may.
  const isAdmin = useRole() === 'admin';
  const shown = !status.enrolled || open;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="enrol-section">
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h3" component="h2">
            {texts.title}
          </Typography>
          {status.enrolled && (
            <Button
              size="small"
              onClick={() => setOpen((value) => !value)}
              aria-expanded={open}
              data-testid="enrol-toggle"
            >
              {open ? texts.collapse : texts.toggle}
            </Button>
          )}
        </Stack>
        <Collapse in={shown} unmountOnExit>
          <Stack spacing={1.5}>
            <Typography variant="body2" color="text.secondary">
              {texts.intro}
            </Typography>
            {isAdmin ? (
              <EnrolForm platformUrl={status.configuredPlatformUrl} />
            ) : (
              <Alert severity="info" data-testid="enrol-admin-only">
                {texts.adminOnly}
              </Alert>
            )}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
};
