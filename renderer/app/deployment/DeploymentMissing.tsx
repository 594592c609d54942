import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useCoreQuery } from '../query/query-client';
import type { DeploymentInfo } from '../../../shared/domain/deployment';
import { deploymentTexts } from './texts';

/** The deployment configuration (public app:deployment): null until it has been read. */
export const useDeployment = (): DeploymentInfo | null => useCoreQuery('app:deployment', {}).data ?? null;

/**
 * What IT must provide on a PC without a deployment configuration: the file's place on this OS, the fields it
 * needs, where the user guide explains it. Where a platform would be enrolled at, and in 设置 › 部署配置.
 */
export const DeploymentMissing = ({ info }: { info: DeploymentInfo | null }) => {
  const texts = deploymentTexts;
  if (info?.development === true)
    return (
      <Alert severity="warning" data-testid="enrol-not-configured">
        {texts.development}
      </Alert>
    );
  return (
    <Alert severity="warning" data-testid="enrol-not-configured">
      <AlertTitle>{texts.missingTitle}</AlertTitle>
      <Typography variant="body2">{texts.missingIntro}</Typography>
      <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
        {texts.path}：<code data-testid="deployment-file">{info?.file ?? '…'}</code>
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {texts.required}：{texts.requiredFields}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {texts.optional}：{texts.optionalFields}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {texts.guide}
      </Typography>
    </Alert>
  );
};
