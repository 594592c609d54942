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
  RepairWindowStep,
  type RepairApplication,
  type RepairDetail,
} from '../../../../shared/domain/repair';
import { placeRefusal } from '../../../app/form/place-refusal';
import { textFieldProps } from '../../../app/form/text-field-props';
import { useContractForm } from '../../../app/form/use-contract-form';
import { client } from '../../../transport/client';
import { detailTexts } from '../texts';

/** 不予受理 asks for the reason: the contract's own field (at most 1000 characters, no hidden characters), required here. */
const RefusalForm = z.object({
  reason: RepairWindowStep.shape.reason.unwrap().min(1, detailTexts.actions.refuseRequired),
});

type Props = { application: RepairApplication; onDetail: (detail: RepairDetail) => void };

/** 受理 / 不予受理 of a submitted application, based on the version shown (a newer one is a conflict). */
export const WindowActions = ({ application, onDetail }: Props) => {
  const [refusing, setRefusing] = useState(false);
  const form = useContractForm(RefusalForm, { reason: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const texts = detailTexts.actions;

  const step = async (event: 'accept' | 'refuse', stepReason: string | null): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(null);
    const result = await client.call('repairs:step', {
      id: application.id,
      baseVersion: application.version,
      event,
      reason: stepReason,
    });
    setBusy(false);
    if (!result.ok) {
      setError(placeRefusal(result.error, form.setError, ['reason']));
      return false;
    }
    onDetail(result.value);
    return true;
  };

  const confirmRefuse = form.handleSubmit(async ({ reason }) => {
    if (await step('refuse', reason)) setRefusing(false);
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="repair-window-actions">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.hint}
        </Typography>
        {error !== null && (
          <Alert severity="error" data-testid="repair-step-error">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            onClick={() => void step('accept', null)}
            disabled={busy}
            data-testid="repair-accept"
          >
            {busy ? texts.busy : texts.accept}
          </Button>
          <Button
            color="error"
            variant="outlined"
            onClick={() => {
              form.clearErrors();
              setRefusing(true);
            }}
            disabled={busy}
            data-testid="repair-refuse"
          >
            {texts.refuse}
          </Button>
        </Stack>
      </Stack>
      <Dialog
        open={refusing}
        onClose={() => setRefusing(false)}
        fullWidth
        maxWidth="sm"
        data-testid="repair-refuse-dialog"
      >
        <form noValidate onSubmit={(event) => void confirmRefuse(event)}>
          <DialogTitle>{texts.refuseTitle}</DialogTitle>
          <DialogContent>
            <TextField
              label={texts.refuseReason}
              {...textFieldProps(form, 'reason')}
              required
              autoFocus
              fullWidth
              multiline
              minRows={3}
              sx={{ mt: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'repair-refuse-reason' } }}
            />
            {error !== null && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {error}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setRefusing(false)}>{texts.cancel}</Button>
            <Button
              type="submit"
              color="error"
              variant="contained"
              disabled={busy}
              data-testid="repair-refuse-confirm"
            >
              {texts.confirm}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Paper>
  );
};
