import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { RepairListItem } from '../../../shared/domain/repair';
import { formatDateTime } from '../format';
import { CountdownLine } from './CountdownLine';
import { RepairStateChip } from './RepairStateChip';
import { repairsTableTexts } from './texts';
import { NavigableRow } from '../list/NavigableRow';

/** A focusable row: a click or Enter/Space opens the application, ↑/↓ move between rows. */
const RepairRow = ({ item }: { item: RepairListItem }) => {
  const flags = repairsTableTexts.flags;
  return (
    <NavigableRow
      to={{ page: 'repair', id: item.id }}
      testId="repair-row"
      data={{ 'data-repair-id': item.id }}
      label={repairsTableTexts.rowLabel(item.applicantName, item.targetTitle)}
    >
      <TableCell>{item.applicantName}</TableCell>
      <TableCell>{item.targetTitle}</TableCell>
      <TableCell>
        <RepairStateChip state={item.state} />
      </TableCell>
      <TableCell>
        <CountdownLine countdown={item.countdown} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="repair-attachments">
        {repairsTableTexts.attachmentsCount(item.attachments)}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5}>
          {item.pending && (
            <Tooltip title={flags.pendingHint}>
              <Chip label={flags.pending} size="small" variant="outlined" data-testid="flag-pending" />
            </Tooltip>
          )}
          {item.conflict && (
            <Tooltip title={flags.conflictHint}>
              <Chip
                label={flags.conflict}
                size="small"
                color="error"
                variant="outlined"
                data-testid="flag-conflict"
              />
            </Tooltip>
          )}
        </Stack>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.createdAt)}</TableCell>
    </NavigableRow>
  );
};

export const RepairsTable = ({ items }: { items: readonly RepairListItem[] }) => {
  const columns = repairsTableTexts.columns;
  return (
    <Table data-testid="repairs-table" stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{columns.applicant}</TableCell>
          <TableCell>{columns.target}</TableCell>
          <TableCell>{columns.state}</TableCell>
          <TableCell>{columns.countdown}</TableCell>
          <TableCell>{columns.attachments}</TableCell>
          <TableCell>{columns.flags}</TableCell>
          <TableCell>{columns.createdAt}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <RepairRow key={item.id} item={item} />
        ))}
      </TableBody>
    </Table>
  );
};
