import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../shared/domain/app';
import { appInfoKey, useAppInfo } from '../../app/app-info';
import { useRole } from '../../app/auth/auth-store';
import { RegionSelect } from '../../app/RegionSelect';
import { client } from '../../transport/client';
import { DeploymentSettings } from './DeploymentSettings';
import { PlatformSettings } from './PlatformSettings';
import { SettingsFormSchema } from './settings-form';
import { useContractForm } from '../../app/form/use-contract-form';
import { textFieldProps } from '../../app/form/text-field-props';
import { Controller } from 'react-hook-form';
import { appTexts } from '../../app/texts';
import { settingsTexts } from './texts';

/** 设置: who is at the window and where; how old cached data may be before verdicts need 人工研判. */
export const SettingsPage = () => {
  const { data: info, error } = useAppInfo();
  return (
    <Stack spacing={2} data-testid="settings-page" sx={{ maxWidth: 560 }}>
      <Typography variant="h2" component="h1">
        {settingsTexts.pageTitle}
      </Typography>
      {info === undefined ? (
        error === null ? (
          <Typography color="text.secondary">{settingsTexts.loading}</Typography>
        ) : (
          <Alert severity="error" data-testid="settings-info-error">
            {appTexts.infoError(error.message)}
          </Alert>
        )
      ) : (
        <>
          <SettingsForm info={info} />
          <PlatformSettings />
          <DeploymentSettings />
          <About info={info} />
        </>
      )}
    </Stack>
  );
};

const SettingsForm = ({ info }: { info: AppInfo }) => {
  const queries = useQueryClient();
  const isAdmin = useRole() === 'admin';
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const texts = settingsTexts;
  const { operatorName: _operator, ...current } = info.settings;
  const form = useContractForm(SettingsFormSchema, current);
  const { isSubmitting } = form.formState;

  const save = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await client.call('settings:update', values);
    if (!result.ok) {
      setStatus({ ok: false, message: result.error.message });
      return;
    }
    const settings = result.value;
    queries.setQueryData<AppInfo>(appInfoKey, (cached) =>
      cached === undefined ? cached : { ...cached, settings },
    );
    const { operatorName: _saved, ...saved } = result.value;
    form.reset(saved);
    setStatus({ ok: true, message: texts.saved });
  });

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => void save(event)}
      sx={{ p: 2 }}
    >
      {/* settings:update is admin only (shared/auth/roles.ts): others see the values, read-only. */}
      <Stack component="fieldset" disabled={!isAdmin} spacing={2} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        {!isAdmin && (
          <Alert severity="info" data-testid="settings-admin-only">
            {texts.adminOnly}
          </Alert>
        )}
        <TextField
          label={texts.department}
          {...textFieldProps(form, 'department')}
          slotProps={{ htmlInput: { 'data-testid': 'settings-department' } }}
        />
        <TextField
          label={texts.departmentCode}
          {...textFieldProps(form, 'departmentCode', { hint: texts.departmentCodeHelp })}
          slotProps={{ htmlInput: { 'data-testid': 'settings-department-code' } }}
        />
        <Controller
          control={form.control}
          name="districtCode"
          render={({ field: district }) => (
            <RegionSelect
              label={texts.district}
              value={district.value}
              onChange={district.onChange}
              testId="settings-district"
              fullWidth
            />
          )}
        />
        <TextField
          label={texts.staleAfterHours}
          type="number"
          {...textFieldProps(form, 'staleAfterHours', {
            hint: texts.staleAfterHoursHelp,
            valueAsNumber: true,
          })}
          required
          slotProps={{ htmlInput: { 'data-testid': 'settings-stale-hours', min: 1, max: 8760, step: 1 } }}
        />
        <TextField
          label={texts.lockAfterMinutes}
          type="number"
          {...textFieldProps(form, 'lockAfterMinutes', {
            hint: texts.lockAfterMinutesHelp,
            valueAsNumber: true,
          })}
          required
          slotProps={{ htmlInput: { 'data-testid': 'settings-lock-minutes', min: 1, max: 240, step: 1 } }}
        />
        {status !== null && (
          <Alert
            severity={status.ok ? 'success' : 'error'}
            data-testid={status.ok ? 'settings-saved' : 'settings-error'}
          >
            {status.message}
          </Alert>
        )}
        {/* Read-only for everyone but the administrator: no button that looks as if it could save. */}
        {isAdmin && (
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            data-testid="settings-save"
            sx={{ alignSelf: 'flex-start' }}
          >
            {isSubmitting ? texts.saving : texts.save}
          </Button>
        )}
      </Stack>
    </Paper>
  );
};

const About = ({ info }: { info: AppInfo }) => {
  const texts = settingsTexts;
  const rows: [string, string][] = [
    [texts.version, info.version],
    [texts.host, texts.hosts[info.host]],
    [texts.dataDir, info.dataDir],
    [texts.platform, info.connectivity.platformUrl ?? texts.noPlatform],
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {texts.about}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {rows.map(([label, value]) => (
        <Typography key={label} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <Typography component="span" variant="body2" color="text.secondary">
            {label}：
          </Typography>
          {value}
        </Typography>
      ))}
    </Paper>
  );
};
