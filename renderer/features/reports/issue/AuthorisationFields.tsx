import AttachFileIcon from '@mui/icons-material/AttachFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ChangeEvent } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { AuthorisationMethod } from '../../../../shared/domain/report';
import { DateField } from '../../../app/fields/DateFields';
import { limitTexts, todayOf } from '../../../app/fields/beijing-time';
import { formatSize, shaPrefix } from '../../../app/files/files';
import { textFieldProps } from '../../../app/form/text-field-props';
import { inputTestId } from '../../../app/input-test-id';
import { storeFile } from '../../../app/files/store-file';
import { reportsTexts } from '../texts';
import type { IssueFormApi } from './issue-form-api';

const texts = reportsTexts.authorisation;

/**
 * 本人授权 for a natural person's report: the person present with the ID card (the 受理人 types the name on it
 * and confirms it was checked), or a signed authorisation attached (stored by the core like repair materials).
 */
export const AuthorisationFields = ({ form }: { form: IssueFormApi }) => {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const method = useWatch({ control: form.control, name: 'authorisation.method' });

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
    const document = { sha256: stored.sha256, name: stored.name, size: stored.size };
    form.setValue('authorisation.document', document, { shouldValidate: true, shouldDirty: true });
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
        value={method ?? 'in-person'}
        onChange={(event) =>
          form.setValue(
            'authorisation.method',
            AuthorisationMethod.catch('in-person').parse(event.target.value),
          )
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
      {method !== 'document' ? (
        <Stack spacing={0.5}>
          <TextField
            label={texts.personName}
            {...textFieldProps(form, 'authorisation.personName')}
            required
            sx={{ maxWidth: 360 }}
            slotProps={{ htmlInput: { 'data-testid': 'report-authorisation-person' } }}
          />
          <Controller
            control={form.control}
            name="authorisation.idCardChecked"
            render={({ field, fieldState }) => (
              <>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={field.value === true}
                      onChange={(event) => field.onChange(event.target.checked)}
                      onBlur={field.onBlur}
                      slotProps={{ input: inputTestId('report-authorisation-id-checked') }}
                    />
                  }
                  label={texts.idCardChecked}
                />
                {fieldState.error?.message !== undefined && (
                  <FormHelperText error data-testid="report-authorisation-id-checked-error">
                    {fieldState.error.message}
                  </FormHelperText>
                )}
              </>
            )}
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
          <Controller
            control={form.control}
            name="authorisation.document"
            render={({ field, fieldState }) => (
              <>
                {field.value !== undefined && (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography variant="body2" data-testid="report-authorisation-attached">
                      {texts.attached(
                        field.value.name ?? '',
                        formatSize(field.value.size ?? 0),
                        shaPrefix(field.value.sha256 ?? ''),
                      )}
                    </Typography>
                    <Button size="small" onClick={() => field.onChange(undefined)}>
                      {texts.remove}
                    </Button>
                  </Stack>
                )}
                {fieldState.error !== undefined && (
                  <FormHelperText error data-testid="report-authorisation-document-error">
                    {fieldState.error.message ?? texts.documentRequired}
                  </FormHelperText>
                )}
              </>
            )}
          />
          {notice !== null && <Alert severity="warning">{notice}</Alert>}
          <Controller
            control={form.control}
            name="authorisation.signedOn"
            render={({ field, fieldState }) => (
              <DateField
                label={texts.signedOn}
                value={field.value ?? ''}
                onChange={field.onChange}
                error={fieldState.error?.message}
                required
                bounds={{ max: todayOf(new Date()), maxLabel: limitTexts.today }}
                testId="report-authorisation-signed-on"
              />
            )}
          />
        </Stack>
      )}
    </Stack>
  );
};
