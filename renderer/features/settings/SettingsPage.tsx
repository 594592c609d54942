import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../shared/domain/app';
import { useAppStore } from '../../app/app-store';
import { useRole } from '../../app/auth/auth-store';
import { RegionSelect } from '../../app/RegionSelect';
import { client } from '../../transport/client';
import { DeploymentSettings } from './DeploymentSettings';
import { PlatformSettings } from './PlatformSettings';
import { toDraft, toSettings, type SettingsDraft, type SettingsErrors } from './settings-form';
import { settingsTexts } from './texts';

/** 设置: who is at the window and where; how old cached data may be before verdicts need 人工研判. */
export const SettingsPage = () => {
  const info = useAppStore((state) => state.info);
  return (
    <Stack spacing={2} data-testid="settings-page" sx={{ maxWidth: 560 }}>
      <Typography variant="h2" component="h1">
        {settingsTexts.pageTitle}
      </Typography>
      {info === null ? (
        <Typography color="text.secondary">{settingsTexts.loading}</Typography>
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
  const setSettings = useAppStore((state) => state.setSettings);
  const isAdmin = useRole() === 'admin';
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(info.settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const texts = settingsTexts;

  const update = (patch: Partial<SettingsDraft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setStatus(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save();
  };

  const save = async (): Promise<void> => {
    const built = toSettings(draft);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok || busy) return;
    setBusy(true);
    const result = await client.call('settings:update', built.value);
    setBusy(false);
    if (result.ok) {
      setSettings(result.value);
      setDraft(toDraft(result.value));
      setStatus({ ok: true, message: texts.saved });
    } else {
      setStatus({ ok: false, message: result.error.message });
    }
  };

  return (
    <Paper component="form" variant="outlined" noValidate onSubmit={onSubmit} sx={{ p: 2 }}>
      {/* settings:update is admin only (shared/auth/roles.ts): others see the values, read-only. */}
      <Stack component="fieldset" disabled={!isAdmin} spacing={2} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        {!isAdmin && (
          <Alert severity="info" data-testid="settings-admin-only">
            {texts.adminOnly}
          </Alert>
        )}
        <TextField
          label={texts.department}
          value={draft.department}
          onChange={(event) => update({ department: event.target.value })}
          error={errors.department !== undefined}
          helperText={errors.department}
          slotProps={{ htmlInput: { 'data-testid': 'settings-department', maxLength: 100 } }}
        />
        <TextField
          label={texts.departmentCode}
          value={draft.departmentCode}
          onChange={(event) => update({ departmentCode: event.target.value })}
          error={errors.departmentCode !== undefined}
          helperText={errors.departmentCode ?? texts.departmentCodeHelp}
          slotProps={{ htmlInput: { 'data-testid': 'settings-department-code', maxLength: 32 } }}
        />
        <RegionSelect
          label={texts.district}
          value={draft.districtCode}
          onChange={(districtCode) => update({ districtCode })}
          testId="settings-district"
          fullWidth
        />
        <TextField
          label={texts.staleAfterHours}
          type="number"
          value={draft.staleAfterHours}
          onChange={(event) => update({ staleAfterHours: event.target.value })}
          required
          error={errors.staleAfterHours !== undefined}
          helperText={errors.staleAfterHours ?? texts.staleAfterHoursHelp}
          slotProps={{ htmlInput: { 'data-testid': 'settings-stale-hours', min: 1, max: 8760, step: 1 } }}
        />
        <TextField
          label={texts.lockAfterMinutes}
          type="number"
          value={draft.lockAfterMinutes}
          onChange={(event) => update({ lockAfterMinutes: event.target.value })}
          required
          error={errors.lockAfterMinutes !== undefined}
          helperText={errors.lockAfterMinutes ?? texts.lockAfterMinutesHelp}
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
            disabled={busy}
            data-testid="settings-save"
            sx={{ alignSelf: 'flex-start' }}
          >
            {busy ? texts.saving : texts.save}
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
