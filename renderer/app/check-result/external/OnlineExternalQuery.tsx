import CloudSyncOutlinedIcon from '@mui/icons-material/CloudSyncOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CheckDetail, ExternalQueryDuty } from '../../../../shared/domain/check';
import { ExternalSite, type ExternalSite as Site } from '../../../../shared/platform-api/external-query';
import { client } from '../../../transport/client';
import { externalQueryTexts as texts } from './texts';

type Props = {
  checkId: string;
  duty: ExternalQueryDuty;
  onAnswered: (detail: CheckDetail) => void;
};

/** The duty's channels the platform can query through its adapter (信用中国, 信用河南), in the duty's order. */
const onlineSites = (duty: ExternalQueryDuty): Site[] =>
  duty.channels.flatMap((channel) => {
    const site = ExternalSite.safeParse(channel.name);
    return site.success ? [site.data] : [];
  });

/**
 * 向市平台查询: the platform queries the site through its adapter and the answer is attached to the check (the
 * core writes it as a record with the answer as a JSON file). While it runs the buttons wait; a failure says why
 * in Chinese and points to the manual form below.
 */
export const OnlineExternalQuery = ({ checkId, duty, onAnswered }: Props) => {
  const sites = onlineSites(duty);
  const [running, setRunning] = useState<Site | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (sites.length === 0) return null;
  const ask = async (site: Site): Promise<void> => {
    setRunning(site);
    setFailure(null);
    const result = await client.call('check:external-query-online', { checkId, channel: site });
    setRunning(null);
    if (result.ok) onAnswered(result.value);
    else setFailure(result.error.message);
  };
  return (
    <Stack spacing={1} data-testid="external-online" aria-busy={running !== null}>
      <Typography variant="subtitle2" component="h4">
        {texts.onlineTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {texts.onlineHint}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {sites.map((site) => (
          <Button
            key={site}
            variant="contained"
            startIcon={<CloudSyncOutlinedIcon />}
            disabled={running !== null}
            onClick={() => void ask(site)}
            data-testid={`external-online-${site}`}
          >
            {texts.askPlatform(site)}
          </Button>
        ))}
      </Stack>
      {running !== null && (
        <Stack spacing={0.5} role="status" data-testid="external-online-progress">
          <LinearProgress aria-label={texts.asking(running)} />
          <Typography variant="caption" color="text.secondary">
            {texts.asking(running)}
          </Typography>
        </Stack>
      )}
      {failure !== null && (
        <Alert severity="error" data-testid="external-online-error">
          {failure}
        </Alert>
      )}
    </Stack>
  );
};
