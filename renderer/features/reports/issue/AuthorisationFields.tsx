import AttachFileIcon from '@mui/icons-material/AttachFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ChangeEvent } from 'react';
import { AuthorisationMethod } from '../../../../shared/domain/report';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf } from '../../../app/fields/beijing-time';
import { formatSize, shaPrefix } from '../../../app/files/files';
import { inputTestId } from '../../../app/input-test-id';
import { storeFile } from '../../../app/files/store-file';
import { reportsTexts } from '../texts';
import type { AuthorisationDraft } from './authorisation-draft';

const texts = reportsTexts.authorisation;

type Props = { draft: AuthorisationDraft; onChange: (draft: AuthorisationDraft) => void };

/**
 * 本人授权 for a natural person's report: the person present with the ID card (the 受理人 types the name on it
 * and confirms it was checked), or a signed authorisation attached (stored by the core like repair materials).
 */
export const AuthorisationFields = ({ draft, onChange }: Props) => {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (change: Partial<AuthorisationDraft>): void => onChange({ ...draft, ...change });

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setReading(true);
    const stored = await storeFile(file);
    setReading(false);
    if (!stored.ok) {
      setNotice(stored.notice);
      return;
    }
    setNotice(null);
    set({ document: { sha256: stored.sha256, name: stored.name, size: stored.size } });
  };

  return (
    <Stack spacing={1} data-testid="report-authorisation">
      <Typography variant="subtitle2" component="h3">
        {texts.title}
      </Typography>
      <Alert severity="info">{texts.hint}</Alert>
      <RadioGroup
        row
        aria-label={texts.method}
        value={draft.method}
        onChange={(event) =>
          set({ method: AuthorisationMethod.catch('in-person').parse(event.target.value) })
        }
      >
        <FormControlLabel
          value="in-person"
          control={<Radio slotProps={{ input: inputTestId('report-authorisation-in-person') }} />}
          label={texts.inPerson}
        />
        <FormControlLabel
          value="document"
          control={<Radio slotProps={{ input: inputTestId('report-authorisation-document') }} />}
          label={texts.document}
        />
      </RadioGroup>
      {draft.method === 'in-person' ? (
        <Stack spacing={0.5}>
          <TextField
            label={texts.personName}
            value={draft.personName}
            onChange={(event) => set({ personName: event.target.value })}
            required
            sx={{ maxWidth: 360 }}
            slotProps={{ htmlInput: { 'data-testid': 'report-authorisation-person', maxLength: 50 } }}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={draft.idCardChecked}
                onChange={(event) => set({ idCardChecked: event.target.checked })}
                slotProps={{ input: inputTestId('report-authorisation-id-checked') }}
              />
            }
            label={texts.idCardChecked}
          />
        </Stack>
      ) : (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={<AttachFileIcon />}
              onClick={() => input.current?.click()}
              disabled={reading}
              data-testid="report-authorisation-attach"
            >
              {texts.attach}
            </Button>
            <Typography variant="caption" color="text.secondary">
              {reading ? texts.reading : texts.attachHint}
            </Typography>
            <input
              ref={input}
              type="file"
              hidden
              accept="image/*,application/pdf"
              onChange={(event) => void onFile(event)}
              data-testid="report-authorisation-file"
            />
          </Stack>
          {draft.document !== null && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" data-testid="report-authorisation-attached">
                {texts.attached(
                  draft.document.name,
                  formatSize(draft.document.size),
                  shaPrefix(draft.document.sha256),
                )}
              </Typography>
              <Button size="small" onClick={() => set({ document: null })}>
                {texts.remove}
              </Button>
            </Stack>
          )}
          {notice !== null && <Alert severity="warning">{notice}</Alert>}
          <DateField
            label={texts.signedOn}
            value={draft.signedOn}
            onChange={(signedOn) => set({ signedOn })}
            required
            bounds={{ max: todayOf(new Date()), maxLabel: limitTexts.today }}
            testId="report-authorisation-signed-on"
          />
        </Stack>
      )}
    </Stack>
  );
};
