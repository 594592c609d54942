import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isBroken, type Commitment } from '../../../../shared/domain/commitment';
import { fulfilmentLabels } from '../../../../shared/domain/workflow-labels';
import { formatDate } from '../../../app/format';
import { Field, FieldGrid } from '../../../app/fields/Field';
import { detailTexts } from '../texts';

/** What verification found; a broken or false commitment says plainly that it became failure information. */
export const VerificationResult = ({ commitment }: { commitment: Commitment }) => {
  const verification = commitment.verification;
  if (verification === null) return null;
  const texts = detailTexts.result;
  const broken = isBroken(verification);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="verification-result" data-broken={broken}>
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2">
          {texts.title}
        </Typography>
        <FieldGrid>
          <Field label={texts.fulfilment} testId="verification-fulfilment">
            {fulfilmentLabels[verification.fulfilment]}
          </Field>
          <Field label={texts.falseCommitment} testId="verification-false">
            {verification.falseCommitment ? texts.yes : texts.no}
          </Field>
          <Field label={texts.verifiedOn}>{formatDate(verification.verifiedOn)}</Field>
          <Field label={texts.verifiedBy}>{commitment.verifiedBy ?? detailTexts.none}</Field>
          {verification.unfulfilledContent !== null && (
            <Field label={texts.unfulfilledContent} wide>
              {verification.unfulfilledContent}
            </Field>
          )}
          {verification.liabilityPursued !== null && (
            <Field label={texts.liabilityPursued} wide>
              {verification.liabilityPursued}
            </Field>
          )}
        </FieldGrid>
        {broken ? (
          <Alert severity="error" data-testid="verification-recorded">
            {texts.broken}
          </Alert>
        ) : (
          <Alert severity="success" data-testid="verification-kept">
            {texts.kept}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
};
