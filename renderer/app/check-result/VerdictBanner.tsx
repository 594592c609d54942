import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CheckResult } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { verdictTone } from '../../theme/tokens';
import { resultTexts } from './texts';

/** The conclusion first and large, then why. */
export const VerdictBanner = ({ verdict }: { verdict: CheckResult['verdict'] }) => (
  <Alert severity={verdictTone[verdict.code]} variant="outlined" icon={false} sx={{ borderWidth: 2 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {resultTexts.verdictTitle}
    </Typography>
    <Typography
      data-testid="verdict"
      data-verdict={verdict.code}
      component="div"
      sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.3 }}
    >
      {verdictLabels[verdict.code]}
    </Typography>
    {verdict.reasons.length > 0 && (
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="verdict-reasons">
        {verdict.reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`} data-reason={reason.code}>
            {reason.message}
          </li>
        ))}
      </Box>
    )}
  </Alert>
);
