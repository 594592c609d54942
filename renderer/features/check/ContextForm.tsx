import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCheckStore } from '../../app/check/check-store';
import { MatterSelect } from '../../app/matters/MatterSelect';
import { checkTexts } from './texts';
import { useFocusRequest } from './use-focus-request';

/** 办件信息: the approval every check belongs to. */
export const ContextForm = () => {
  const caseNumber = useCheckStore((state) => state.caseNumber);
  const matterCode = useCheckStore((state) => state.matterCode);
  const note = useCheckStore((state) => state.note);
  const errors = useCheckStore((state) => state.contextErrors);
  const setCaseNumber = useCheckStore((state) => state.setCaseNumber);
  const setMatterCode = useCheckStore((state) => state.setMatterCode);
  const setNote = useCheckStore((state) => state.setNote);
  const caseNumberRef = useFocusRequest('case-number');
  const texts = checkTexts.context;
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="context-title">
      <Typography id="context-title" variant="h3" component="h2">
        {texts.title}
      </Typography>
      <TextField
        label={texts.caseNumber}
        value={caseNumber}
        onChange={(event) => setCaseNumber(event.target.value)}
        required
        autoFocus
        inputRef={caseNumberRef}
        error={errors.caseNumber !== undefined}
        helperText={errors.caseNumber}
        slotProps={{ htmlInput: { 'data-testid': 'case-number', autoComplete: 'off' } }}
      />
      <MatterSelect value={matterCode} onChange={setMatterCode} error={errors.matterCode} />
      <TextField
        label={texts.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note !== undefined}
        helperText={errors.note}
        slotProps={{ htmlInput: { 'data-testid': 'case-note' } }}
      />
    </Stack>
  );
};
