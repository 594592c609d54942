import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { FormEvent, ReactNode } from 'react';

/** The centred card both the sign-in and the lock screen use; the form submits on Enter in any field. */
export const AuthCard = ({
  testId,
  title,
  children,
  error,
  submitLabel,
  submitTestId,
  busy,
  onSubmit,
  extra,
  below,
}: {
  testId: string;
  title: string;
  children: ReactNode;
  error: string | null;
  submitLabel: string;
  submitTestId: string;
  busy: boolean;
  onSubmit: () => void;
  extra?: ReactNode;
  /** Outside the form (a form of its own may go here). */
  below?: ReactNode;
}) => {
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Box
      data-testid={testId}
      sx={{
        position: 'fixed',
        inset: 0,
        // Above the app (dialogs included): while locked nothing of the work underneath may show.
        zIndex: (theme) => theme.zIndex.modal + 1,
        bgcolor: 'background.default',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 2,
        p: 2,
        overflow: 'auto',
      }}
    >
      <Paper component="form" variant="outlined" noValidate onSubmit={submit} sx={{ p: 3, width: 380 }}>
        <Stack spacing={2}>
          <Typography variant="h2" component="h1">
            {title}
          </Typography>
          {children}
          {error !== null && (
            <Alert severity="error" data-testid="signin-error" role="alert">
              {error}
            </Alert>
          )}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={busy} data-testid={submitTestId}>
              {submitLabel}
            </Button>
            {extra}
          </Stack>
        </Stack>
      </Paper>
      {below}
    </Box>
  );
};
