import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CheckResult } from '../../../shared/domain/check';
import { formatDate } from '../format';
import { resultTexts } from './texts';

/**
 * The applicant's legal representative held in the city's data as a natural person with active serious
 * listings: a warning beside the verdict, or (where the policy says so for this matter) one of its reasons.
 */
export const RelatedNotice = ({ result }: { result: CheckResult }) => {
  const texts = resultTexts.related;
  return (result.related ?? []).map((party) => (
    <Alert
      key={party.subjectId}
      severity={party.affectsVerdict ? 'error' : 'warning'}
      data-testid="related-party"
      data-affects-verdict={party.affectsVerdict ? 'true' : 'false'}
    >
      <AlertTitle>{texts.title(party.name, party.identifierMasked)}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {party.listings.map(({ entry, listType }) => (
          <li key={entry.id}>
            {texts.listing(listType.name, entry.listingUnit, formatDate(entry.listedOn))}
            {entry.reason !== '' && `：${entry.reason}`}
          </li>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {party.affectsVerdict ? texts.affectsVerdict : texts.notice}
      </Typography>
    </Alert>
  ));
};
