import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { z } from 'zod';
import {
  ObjectionWindowStep,
  type Objection,
  type ObjectionDetail,
} from '../../../../shared/domain/objection';
import { placeRefusal } from '../../../app/form/place-refusal';
import { textFieldProps } from '../../../app/form/text-field-props';
import { useContractForm } from '../../../app/form/use-contract-form';
import { client } from '../../../transport/client';
import { objectionDetailTexts } from '../texts';

/** 撤回 asks for the reason: the contract's own field (required, at most 1000 characters). */
const WithdrawForm = z.object({ reason: ObjectionWindowStep.shape.reason });

type Props = { objection: Objection; onDetail: (detail: ObjectionDetail) => void };

/** 撤回 of an open objection at the applicant's request, based on the version shown (a newer one is a conflict). */
export const WithdrawAction = ({ objection, onDetail }: Props) => {
  const [open, setOpen] = useState(false);
  const form = useContractForm(WithdrawForm, { reason: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const texts = objectionDetailTexts.actions;

  const confirm = form.handleSubmit(async ({ reason }) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await client.call('objections:step', {
      id: objection.id,
      baseVersion: objection.version,
      event: 'withdraw',
      reason,
    });
    setBusy(false);
    if (!result.ok) {
      setError(placeRefusal(result.error, form.setError, ['reason']));
      return;
    }
    setOpen(false);
    onDetail(result.value);
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="objection-window-actions">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.hint}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button
            color="error"
            variant="outlined"
            onClick={() => {
              form.clearErrors();
              setError(null);
              setOpen(true);
            }}
            data-testid="objection-withdraw"
          >
            {texts.withdraw}
          </Button>
        </Stack>
      </Stack>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="sm"
        data-testid="objection-withdraw-dialog"
      >
        <form noValidate onSubmit={(event) => void confirm(event)}>
          <DialogTitle>{texts.withdrawTitle}</DialogTitle>
          <DialogContent>
            <TextField
              label={texts.withdrawReason}
              {...textFieldProps(form, 'reason')}
              required
              autoFocus
              fullWidth
              multiline
              minRows={3}
              sx={{ mt: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'objection-withdraw-reason' } }}
            />
            {error !== null && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="objection-step-error">
                {error}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{texts.cancel}</Button>
            <Button
              type="submit"
              color="error"
              variant="contained"
              disabled={busy}
              data-testid="objection-withdraw-confirm"
            >
              {busy ? texts.busy : texts.confirm}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Paper>
  );
};
