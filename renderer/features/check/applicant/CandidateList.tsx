import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { registrationStatusLabels, subjectKindLabels } from '../../../../shared/domain/labels';
import { regionName } from '../../../../shared/domain/regions';
import { useCheckStore } from '../check-store';
import { checkTexts } from '../texts';

export const CANDIDATE_LIST_ID = 'applicant-candidates';
export const candidateOptionId = (index: number): string => `applicant-candidate-${index}`;

/** Subjects whose name matched; ↑↓ in the applicant field move the highlight, Enter or a click picks. */
export const CandidateList = () => {
  const candidates = useCheckStore((state) => state.candidates);
  const raw = useCheckStore((state) => state.raw);
  const pick = useCheckStore((state) => state.pickCandidate);
  if (candidates === null || candidates.rawAtSearch !== raw) return null;
  const texts = checkTexts.candidates;
  if (candidates.items.length === 0) {
    return (
      <Alert severity="info" data-testid="no-candidates">
        {texts.none(candidates.query)}
      </Alert>
    );
  }
  return (
    <Paper variant="outlined">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 1.5, pt: 1 }}>
        {texts.title(candidates.items.length)}
      </Typography>
      <List
        id={CANDIDATE_LIST_ID}
        role="listbox"
        aria-label={texts.listLabel}
        sx={{ maxHeight: 280, overflow: 'auto' }}
      >
        {candidates.items.map((item, index) => (
          <ListItemButton
            key={item.id}
            id={candidateOptionId(index)}
            role="option"
            aria-selected={index === candidates.active}
            selected={index === candidates.active}
            data-testid="candidate"
            onClick={() => void pick(item.id)}
          >
            <ListItemText
              primary={item.name}
              secondary={[
                item.identifierMasked,
                subjectKindLabels[item.kind],
                regionName(item.regionCode),
                registrationStatusLabels[item.status],
              ].join(' · ')}
            />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
};
