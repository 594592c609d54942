import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { verdictLabels } from '../../../shared/domain/labels';
import { useRouter } from '../../app/router';
import { verdictTone } from '../../theme/tokens';
import { useCheckStore } from '../../app/check/check-store';
import { checkTexts } from './texts';

/** The applicants already checked for this approval (a joint bid has several); each opens its record. */
export const SessionChecks = () => {
  const session = useCheckStore((state) => state.session);
  const navigate = useRouter((state) => state.navigate);
  if (session.length === 0) return null;
  const texts = checkTexts.sessionChecks;
  return (
    <Stack spacing={0.5} component="section" aria-labelledby="session-title">
      <Typography id="session-title" variant="subtitle2" component="h2" color="text.secondary">
        {texts.title}
      </Typography>
      <List disablePadding>
        {session.map((item) => (
          // A list holds list items: the button inside its item.
          <ListItem key={item.checkId} disablePadding>
            <ListItemButton
              data-testid="session-check"
              title={texts.open}
              onClick={() => navigate({ page: 'record', checkId: item.checkId })}
            >
              <ListItemText primary={item.subjectName ?? texts.notFound} secondary={item.identifier} />
              <Stack direction="row" spacing={0.5}>
                {item.openFeedback > 0 && (
                  <Chip label={texts.openFeedback(item.openFeedback)} color="warning" />
                )}
                <Chip
                  label={verdictLabels[item.verdict]}
                  color={verdictTone[item.verdict]}
                  variant="outlined"
                />
              </Stack>
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Stack>
  );
};
