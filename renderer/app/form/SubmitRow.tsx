import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

type Props = {
  onSubmit: () => Promise<void>;
  busy: boolean;
  disabled?: boolean;
  label: string;
  busyLabel: string;
  testId: string;
  /** The Ctrl+Enter hint beside the button. */
  hint?: string;
  /** After the hint (a reason the button is off, 取消). */
  children?: ReactNode;
};

/** The submit button of a Ctrl+Enter form (see submitOnCtrlEnter) with its hint. */
export const SubmitRow = ({
  onSubmit,
  busy,
  disabled = false,
  label,
  busyLabel,
  testId,
  hint,
  children,
}: Props) => (
  <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
    <Button
      variant="contained"
      onClick={() => void onSubmit()}
      disabled={busy || disabled}
      data-testid={testId}
      aria-keyshortcuts="Control+Enter"
    >
      {busy ? busyLabel : label}
    </Button>
    {hint !== undefined && (
      <Typography variant="caption" color="text.secondary">
        {hint}
      </Typography>
    )}
    {children}
  </Stack>
);
