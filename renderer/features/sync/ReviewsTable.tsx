import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { KeyboardEvent } from 'react';
import type { ReviewItem } from '../../../shared/domain/sync';
import { verdictLabels } from '../../../shared/domain/labels';
import { formatDateTime } from '../../app/format';
import { useRouter } from '../../app/router';
import { focusRing, verdictTone } from '../../theme/tokens';
import { useReviewsStore } from './reviews-store';
import { reviewTexts } from './texts';
import { CheckRowCells } from '../records/CheckRowCells';

/** Rows open the record (click or Enter); 复核完成 closes the flag. */
export const ReviewsTable = ({ items }: { items: readonly ReviewItem[] }) => {
  const navigate = useRouter((state) => state.navigate);
  const acknowledge = useReviewsStore((state) => state.acknowledge);
  const acknowledging = useReviewsStore((state) => state.acknowledging);
  const columns = reviewTexts.columns;
  const open = (checkId: string): void => navigate({ page: 'record', checkId });
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, checkId: string): void => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(checkId);
    }
  };
  return (
    <Table data-testid="reviews-table">
      <TableHead>
        <TableRow>
          <TableCell>{columns.checkedAt}</TableCell>
          <TableCell>{columns.caseNumber}</TableCell>
          <TableCell>{columns.matter}</TableCell>
          <TableCell>{columns.subject}</TableCell>
          <TableCell>{columns.verdict}</TableCell>
          <TableCell>{columns.reason}</TableCell>
          <TableCell>{columns.flaggedAt}</TableCell>
          <TableCell>{columns.actions}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const subject = item.subjectName ?? reviewTexts.notFound;
          return (
            <TableRow
              key={item.checkId}
              hover
              tabIndex={0}
              data-testid="review-row"
              data-check-id={item.checkId}
              aria-label={reviewTexts.rowLabel(item.caseNumber, subject)}
              onClick={() => open(item.checkId)}
              onKeyDown={(event) => onKeyDown(event, item.checkId)}
              sx={{ cursor: 'pointer', '&:focus-visible': focusRing }}
            >
              <CheckRowCells item={item} subject={subject} />
              <TableCell>
                <Chip
                  label={verdictLabels[item.verdict]}
                  color={verdictTone[item.verdict]}
                  variant="outlined"
                  data-testid="review-verdict"
                />
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{item.reason}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.flaggedAt)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  variant="outlined"
                  disabled={acknowledging !== null}
                  data-testid="review-ack"
                  onClick={(event) => {
                    event.stopPropagation();
                    void acknowledge(item.checkId);
                  }}
                  onKeyDown={(event) => event.stopPropagation()}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  {reviewTexts.acknowledge}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
