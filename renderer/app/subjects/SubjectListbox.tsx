import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { registrationStatusLabels, subjectKindLabels } from '../../../shared/domain/labels';
import { regionName } from '../../../shared/domain/regions';

type Props = {
  items: readonly SubjectSummary[];
  /** The highlighted option (↑/↓ in the search field move it). */
  active: number;
  /** The listbox id, and each option's id, for aria-controls / aria-activedescendant of the search field. */
  listId: string;
  optionId: (index: number) => string;
  title: string;
  listLabel: string;
  /** data-testid of each option (it also carries data-subject-id). */
  optionTestId: string;
  maxHeight: number;
  onPick: (item: SubjectSummary) => void;
  /** The second line of an option; by default code · kind · region · status. */
  describe?: (item: SubjectSummary) => ReactNode;
};

/** kind · region · 登记状态 (a natural person has none: never 存续). */
export const subjectFacts = (item: SubjectSummary): string =>
  [
    subjectKindLabels[item.kind],
    regionName(item.regionCode),
    ...(item.kind === 'natural-person' ? [] : [registrationStatusLabels[item.status]]),
  ].join(' · ');

const describeSubject = (item: SubjectSummary): string => `${item.identifierMasked} · ${subjectFacts(item)}`;

/** Subjects whose name matched a search, to pick one by click or by Enter on the highlighted option. */
export const SubjectListbox = ({
  items,
  active,
  listId,
  optionId,
  title,
  listLabel,
  optionTestId,
  maxHeight,
  onPick,
  describe = describeSubject,
}: Props) => (
  <Paper variant="outlined">
    <Typography
      variant="caption"
      color="text.secondary"
      component="div"
      sx={{ px: 1.5, pt: 1 }}
      data-testid={`${listId}-title`}
    >
      {title}
    </Typography>
    <List id={listId} role="listbox" aria-label={listLabel} sx={{ maxHeight, overflow: 'auto' }}>
      {items.map((item, index) => (
        <ListItemButton
          key={item.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          selected={index === active}
          data-testid={optionTestId}
          data-subject-id={item.id}
          onClick={() => onPick(item)}
        >
          <ListItemText primary={item.name} secondary={describe(item)} />
        </ListItemButton>
      ))}
    </List>
  </Paper>
);
