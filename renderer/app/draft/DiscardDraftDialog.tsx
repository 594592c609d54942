import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useRef } from 'react';

export type DiscardDraftTexts = { title: string; message: string; keep: string; discard: string };

/**
 * Asked before a new form replaces one that holds the clerk's input. The safe answer (继续填写) has the focus and
 * is what Esc and a click beside the dialog mean; throwing the draft away takes a deliberate choice.
 */
export const DiscardDraftDialog = ({
  open,
  texts,
  onKeep,
  onDiscard,
  testId,
}: {
  open: boolean;
  texts: DiscardDraftTexts;
  onKeep: () => void;
  onDiscard: () => void;
  testId: string;
}) => {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      onClose={onKeep}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      maxWidth="sm"
      fullWidth
      data-testid={testId}
      // The form behind may take the focus as it mounts; the safe answer gets it back once the dialog is shown.
      slotProps={{ transition: { onEntered: () => keep.current?.focus() } }}
    >
      <DialogTitle id={`${id}-title`}>{texts.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-message`}>{texts.message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={onDiscard} data-testid={`${testId}-discard`}>
          {texts.discard}
        </Button>
        <Button ref={keep} variant="contained" autoFocus onClick={onKeep} data-testid={`${testId}-keep`}>
          {texts.keep}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
