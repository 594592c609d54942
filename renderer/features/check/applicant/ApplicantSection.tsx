import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCheckStore } from '../../../app/check/check-store';
import { checkTexts } from '../texts';
import { ApplicantField } from './ApplicantField';
import { CandidateList } from './CandidateList';
import { NearMatchList } from './NearMatchList';
import { OverridePanel } from './OverridePanel';

/**
 * 申请人: the field, what was wrong with the last Enter, and the follow-up: the subjects a code may have been meant
 * as (是否为：…) above the override, or the name candidates.
 */
export const ApplicantSection = () => {
  const applicantError = useCheckStore((state) => state.applicantError);
  const override = useCheckStore((state) => state.override);
  const message = override?.message ?? applicantError;
  return (
    <Stack spacing={1} component="section" aria-labelledby="applicant-title">
      <Typography id="applicant-title" variant="h3" component="h2">
        {checkTexts.applicant.title}
      </Typography>
      <ApplicantField />
      {message !== null && (
        <Alert severity={override === null ? 'error' : 'warning'} data-testid="identifier-error">
          {message}
        </Alert>
      )}
      <NearMatchList />
      <OverridePanel />
      <CandidateList />
    </Stack>
  );
};
