import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { CheckListItem, FeedbackState } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { verdictTone } from '../../theme/tokens';
import { recordsTableTexts } from './texts';
import { CheckRowCells } from './CheckRowCells';
import { CheckTableRow } from './CheckTableRow';

const feedbackLabel = (
  state: FeedbackState,
  superseded: boolean,
): { label: string; color: 'warning' | 'success' | 'default' } => {
  const texts = recordsTableTexts.feedback;
  if (superseded) return { label: texts.superseded, color: 'default' };
  if (state.open)
    return { label: texts.open(Math.max(0, state.required - state.recorded)), color: 'warning' };
  if (state.required === 0) return { label: texts.none, color: 'default' };
  return { label: texts.done, color: 'success' };
};

/** Rows are focusable; Enter or a click opens the record. */
export const RecordsTable = ({ items }: { items: readonly CheckListItem[] }) => {
  const columns = recordsTableTexts.columns;
  return (
    <Table data-testid="records-table" stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{columns.checkedAt}</TableCell>
          <TableCell>{columns.caseNumber}</TableCell>
          <TableCell>{columns.matter}</TableCell>
          <TableCell>{columns.subject}</TableCell>
          <TableCell>{columns.verdict}</TableCell>
          <TableCell>{columns.feedback}</TableCell>
          <TableCell>{columns.flags}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const feedback = feedbackLabel(item.feedbackState, item.superseded);
          const subject = item.subjectName ?? recordsTableTexts.notFound;
          return (
            <CheckTableRow
              key={item.checkId}
              checkId={item.checkId}
              testId="record-row"
              label={recordsTableTexts.rowLabel(item.caseNumber, subject)}
            >
              <CheckRowCells item={item} subject={subject} />
              <TableCell>
                <Chip
                  label={verdictLabels[item.verdict]}
                  color={verdictTone[item.verdict]}
                  data-testid="record-verdict"
                  data-verdict={item.verdict}
                />
              </TableCell>
              <TableCell>
                <Chip
                  label={feedback.label}
                  color={feedback.color}
                  variant="outlined"
                  data-testid="record-feedback"
                />
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {item.externalQueryOpen && (
                    <Chip
                      label={recordsTableTexts.flags.externalQueryOpen}
                      color="warning"
                      data-testid="flag-external-query"
                    />
                  )}
                  {item.recheck && (
                    <Chip
                      label={recordsTableTexts.flags.recheck}
                      variant="outlined"
                      data-testid="flag-recheck"
                    />
                  )}
                  {item.superseded && (
                    <Chip
                      label={recordsTableTexts.flags.superseded}
                      variant="outlined"
                      data-testid="flag-superseded"
                    />
                  )}
                  {item.stale && (
                    <Chip
                      label={recordsTableTexts.flags.stale}
                      color="warning"
                      variant="outlined"
                      data-testid="flag-stale"
                    />
                  )}
                  {item.overridden && (
                    <Chip
                      label={recordsTableTexts.flags.overridden}
                      color="secondary"
                      variant="outlined"
                      data-testid="flag-overridden"
                    />
                  )}
                </Stack>
              </TableCell>
            </CheckTableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
