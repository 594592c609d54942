import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import type { CheckListItem } from '../../../shared/domain/check';
import { formatDateTime } from '../format';

/** The cells every list of checks starts with: when, which approval, which matter, whom. */
export const CheckRowCells = ({ item, subject }: { item: CheckListItem; subject: string }) => (
  <>
    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.checkedAt)}</TableCell>
    <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.caseNumber}</TableCell>
    <TableCell>{item.matterName}</TableCell>
    <TableCell>
      <Typography variant="body2" color={item.found ? 'text.primary' : 'text.secondary'}>
        {subject}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {item.identifierMasked}
      </Typography>
    </TableCell>
  </>
);
