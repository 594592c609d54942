import type { ReactNode } from 'react';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DeploymentInfo } from '../../../shared/domain/deployment';
import { regionName } from '../../../shared/domain/regions';
import { DeploymentMissing, useDeployment } from '../../app/deployment/DeploymentMissing';
import { settingsTexts } from './texts';

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId: string }) => (
  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid={testId}>
    <Typography component="span" variant="body2" color="text.secondary">
      {label}：
    </Typography>
    {children}
  </Typography>
);

const rows = (info: DeploymentInfo) => {
  const texts = settingsTexts.deployment;
  const none = texts.none;
  return (
    <>
      <Row label={texts.file} testId="deployment-file">
        {info.file}
      </Row>
      <Row label={texts.platformUrl} testId="deployment-platform">
        {info.platformUrl ?? none}
      </Row>
      <Row label={texts.ca} testId="deployment-ca">
        {info.caCertificates.length === 0
          ? texts.noCa
          : info.caCertificates.map((ca) => (
              <Typography key={ca.sha256} component="span" variant="body2" sx={{ display: 'block', pl: 2 }}>
                {texts.caLine(ca.subject, ca.validTo, ca.sha256)}
              </Typography>
            ))}
      </Row>
      <Row label={texts.pins} testId="deployment-pins">
        {info.pins.length === 0 ? texts.noPins : info.pins.join('、')}
      </Row>
      <Row label={texts.unit} testId="deployment-unit">
        {info.unit === null ? none : texts.unitLine(info.unit.name, info.unit.code)}
      </Row>
      <Row label={texts.district} testId="deployment-district">
        {info.unit === null ? none : `${regionName(info.unit.districtCode)}（${info.unit.districtCode}）`}
      </Row>
      <Row label={texts.updateUrl} testId="deployment-update">
        {info.updateUrl ?? none}
      </Row>
      <Row label={texts.trainingMode} testId="deployment-training">
        {info.trainingMode ? texts.trainingOn : texts.trainingOff}
      </Row>
    </>
  );
};

/**
 * 设置 › 部署配置, read-only: what IT installed with the client (docs/deployment.md), or, without it, where the
 * file must go. Nobody changes it here: the platform a PC trusts is not typed at the window.
 */
export const DeploymentSettings = () => {
  const info = useDeployment();
  const texts = settingsTexts.deployment;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="settings-deployment">
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {texts.title}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {info === null ? (
        <Typography color="text.secondary">{settingsTexts.loading}</Typography>
      ) : (
        <Stack spacing={0.5}>
          {!info.configured && <DeploymentMissing info={info} />}
          {info.configured && (
            <Typography variant="body2" color="text.secondary">
              {texts.readOnly}
            </Typography>
          )}
          {rows(info)}
        </Stack>
      )}
    </Paper>
  );
};
