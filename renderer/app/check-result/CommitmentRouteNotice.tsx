import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { OVERRIDE_BAR } from '../../../shared/commitment/route';
import { barredTypesOf, openTypesOf } from '../../../shared/commitment/route-types';
import type { CheckResult } from '../../../shared/domain/check';
import type { CommitmentType } from '../../../shared/domain/commitment';
import { commitmentTypeLabels } from '../../../shared/domain/workflow-labels';
import { useRouter } from '../router';
import { useCommitmentSession } from '../commitments/commitment-session';
import { resultTexts } from './texts';

/** Who to commit for: the registry subject when found, else the identifier that was checked. */
const prefillOf = (result: CheckResult) => {
  const subject = result.subject;
  const identifier = subject?.identifier ?? result.query.normalized;
  if (identifier === '') return null;
  return {
    identifier,
    name: subject?.name ?? null,
    kind: subject?.kind ?? null,
    identifierKind: subject?.identifierKind ?? result.query.kind,
    matterCode: result.context.matter.code,
    caseNumber: result.context.caseNumber,
    checkId: result.checkId,
  };
};

const typeNames = (types: readonly CommitmentType[]): string =>
  types.map((type) => commitmentTypeLabels[type]).join('、');

/**
 * May this applicant use the commitment route (告知承诺制)? Neutral when open, every reason when barred; with
 * `action`, a button starts a commitment filled from this check. Snapshots older than the route show nothing.
 */
export const CommitmentRouteNotice = ({ result, action }: { result: CheckResult; action: boolean }) => {
  const navigate = useRouter((state) => state.navigate);
  const openFromCheck = useCommitmentSession((state) => state.openFromCheck);
  const route = result.commitmentRoute;
  if (route === undefined) return null;
  const texts = resultTexts.commitmentRoute;
  if (!route.allowed)
    return (
      <Alert severity="error" data-testid="commitment-route" data-allowed="false">
        <AlertTitle>{texts.barred(typeNames(barredTypesOf(route)))}</AlertTitle>
        {/* An overridden code is barred by what it is, not by a record a repair could lift. */}
        {route.reasons.some((reason) => reason.code !== OVERRIDE_BAR.code) && texts.barredHint}
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="commitment-route-reasons">
          {route.reasons.map((reason, index) => (
            <li key={`${reason.code}-${index}`} data-reason={reason.code}>
              {reason.message}
            </li>
          ))}
        </Box>
        {openTypesOf(route).length > 0 && (
          <Typography variant="body2" data-testid="commitment-route-open">
            {texts.openTypes(typeNames(openTypesOf(route)))}
          </Typography>
        )}
      </Alert>
    );
  const prefill = action ? prefillOf(result) : null;
  return (
    <Stack
      direction="row"
      spacing={1.5}
      sx={{ alignItems: 'center' }}
      data-testid="commitment-route"
      data-allowed="true"
    >
      <Typography variant="body2" color="text.secondary">
        {texts.allowed}
      </Typography>
      {prefill !== null && (
        <Button
          size="small"
          variant="outlined"
          onClick={() => {
            openFromCheck(prefill);
            navigate({ page: 'commitments' });
          }}
          data-testid="commit-from-check"
        >
          {texts.start}
        </Button>
      )}
    </Stack>
  );
};
