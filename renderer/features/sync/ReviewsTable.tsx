import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReviewItem } from '../../../shared/domain/sync';
import { verdictLabels } from '../../../shared/domain/labels';
import { formatDateTime } from '../../app/format';
import { verdictTone } from '../../theme/tokens';
import { useReviewsStore } from './reviews-store';
import { reviewFlagTexts } from '../../app/sync/texts';
import { reviewTexts } from './texts';
import { CheckRowCells } from '../../app/records/CheckRowCells';
import { CheckTableRow } from '../../app/records/CheckTableRow';

/** Rows open the record (click or Enter); 复核完成 closes the flag. */
export const ReviewsTable = ({ items }: { items: readonly ReviewItem[] }) => {
  const acknowledge = useReviewsStore((state) => state.acknowledge);
  const acknowledging = useReviewsStore((state) => state.acknowledging);
  const columns = reviewTexts.columns;
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
            <CheckTableRow
              key={item.checkId}
              checkId={item.checkId}
              testId="review-row"
              label={reviewTexts.rowLabel(item.caseNumber, subject)}
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
                  {reviewFlagTexts.acknowledge}
                </Button>
              </TableCell>
            </CheckTableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
