import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCheckStore } from '../../../app/check/check-store';
import { checkTexts } from '../texts';

/**
 * A legacy USCC failing its check digit is never a dead end, never a silent pass: the clerk records why the code
 * is right (checked against the licence) and the check runs with that reason on file — as 需人工研判 and without
 * the commitment route. Offered only where the core says so (the organisation code passes, issue 10 rule 6).
 */
export const OverridePanel = () => {
  const override = useCheckStore((state) => state.override);
  const reason = useCheckStore((state) => state.overrideReason);
  const error = useCheckStore((state) => state.overrideError);
  const busy = useCheckStore((state) => state.busy);
  const setReason = useCheckStore((state) => state.setOverrideReason);
  const confirm = useCheckStore((state) => state.confirmOverride);
  // With 是否为 suggestions the focus stays in the applicant field (↑↓ into the list); Tab reaches the reason.
  const suggested = useCheckStore((state) => (state.nearMatches?.items.length ?? 0) > 0);
  if (override === null) return null;
  const texts = checkTexts.override;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, borderColor: 'warning.main' }} data-testid="override-panel">
      <Stack spacing={1}>
        <Typography variant="subtitle2" component="h3">
          {texts.title}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid="override-consequence">
          {texts.consequence}
        </Typography>
        <TextField
          label={texts.reason}
          placeholder={texts.reasonPlaceholder}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void confirm();
            }
          }}
          autoFocus={!suggested}
          fullWidth
          error={error !== null}
          helperText={error}
          slotProps={{ htmlInput: { 'data-testid': 'override-reason' } }}
        />
        <Button
          variant="contained"
          color="warning"
          onClick={() => void confirm()}
          disabled={busy !== 'idle'}
          data-testid="override-confirm"
          sx={{ alignSelf: 'flex-start' }}
        >
          {texts.confirm}
        </Button>
      </Stack>
    </Paper>
  );
};
