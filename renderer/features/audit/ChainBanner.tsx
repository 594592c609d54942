import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuditChainView } from '../../../shared/domain/audit';
import { formatDateTime } from '../../app/format';
import { auditPageTexts } from './texts';

const texts = auditPageTexts.chain;

const platformLine = (platform: AuditChainView['platform']): string => {
  if (platform === null) return texts.platformUnknown;
  const state =
    platform.broken !== null
      ? texts.platformBroken(platform.broken.seq)
      : platform.confirmedSeq === 0
        ? texts.platformNone
        : texts.platformConfirmed(platform.confirmedSeq);
  return platform.live ? state : `${state}${texts.platformStale(formatDateTime(platform.fetchedAt))}`;
};

/** 本机校验 and 平台确认 in one line; red when either side found a break, with what it found. */
export const ChainBanner = ({
  view,
  loading,
  error,
  onRecheck,
}: {
  view: AuditChainView | null;
  loading: boolean;
  error: string | null;
  onRecheck: () => void;
}) => {
  const recheck = (
    <Button
      size="small"
      color="inherit"
      onClick={onRecheck}
      disabled={loading}
      data-testid="audit-chain-recheck"
    >
      {texts.recheck}
    </Button>
  );
  if (error !== null)
    return (
      <Alert severity="error" action={recheck} data-testid="audit-chain">
        {error}
      </Alert>
    );
  if (view === null)
    return (
      <Alert severity="info" data-testid="audit-chain">
        {texts.checking}
      </Alert>
    );
  const { local, platform } = view;
  const broken = !local.ok || platform?.broken != null;
  const details = [
    // Every break the check found, not only the first.
    ...(local.ok
      ? []
      : local.breaks.length > 0
        ? local.breaks.map((found) => found.message)
        : [local.message]),
    ...(platform?.broken == null ? [] : [platform.broken.message]),
  ];
  return (
    <Alert severity={broken ? 'error' : 'success'} action={recheck} data-testid="audit-chain">
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <span data-testid="audit-chain-local">
          {local.ok ? texts.localOk(local.count) : texts.localBroken(local.firstBadSeq)}
        </span>
        <span data-testid="audit-chain-platform">{platformLine(platform)}</span>
        <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {loading ? texts.checking : texts.checkedAt(formatDateTime(local.checkedAt))}
        </Typography>
      </Stack>
      {details.map((detail) => (
        <Typography key={detail} variant="body2">
          {detail}
        </Typography>
      ))}
    </Alert>
  );
};
