import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CommitmentListItem } from '../../../shared/domain/commitment';
import {
  commitmentDueLabels,
  commitmentTypeLabels,
  fulfilmentLabels,
} from '../../../shared/domain/workflow-labels';
import { formatDate } from '../format';
import { commitmentDueTone } from '../../theme/tokens';
import { commitmentsTableTexts } from './texts';
import { NavigableRow } from '../list/NavigableRow';

/**
 * A commitment of the list: focusable, a click or Enter/Space opens it, ↑/↓ move between rows (as the lists of
 * checks do).
 */
const CommitmentRow = ({ item }: { item: CommitmentListItem }) => {
  return (
    <NavigableRow
      to={{ page: 'commitment', id: item.id }}
      testId="commitment-row"
      data={{ 'data-commitment-id': item.id, 'data-due': item.due }}
      label={commitmentsTableTexts.rowLabel(item.code, item.committerName)}
    >
      <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }} data-testid="commitment-code">
        {item.code}
      </TableCell>
      <TableCell>{item.committerName}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.identifierMasked}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{commitmentTypeLabels[item.type]}</TableCell>
      <TableCell>{item.matterName}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.madeOn)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.verifyBy)}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5}>
          <Chip
            label={commitmentDueLabels[item.due]}
            color={commitmentDueTone[item.due]}
            variant={item.due === 'open' ? 'outlined' : 'filled'}
            data-testid="commitment-due"
            data-due={item.due}
          />
          {item.conflict && (
            <Chip
              label={commitmentsTableTexts.conflict}
              color="error"
              variant="outlined"
              data-testid="commitment-conflict-flag"
            />
          )}
        </Stack>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {item.fulfilment === null ? (
            <Typography variant="body2" color="text.secondary">
              {commitmentsTableTexts.notVerified}
            </Typography>
          ) : (
            <Chip
              label={fulfilmentLabels[item.fulfilment]}
              color={item.fulfilment === 'fulfilled' ? 'success' : 'error'}
              variant="outlined"
              data-testid="commitment-fulfilment"
            />
          )}
          {item.falseCommitment && (
            <Chip
              label={commitmentsTableTexts.falseCommitment}
              color="error"
              data-testid="commitment-false"
            />
          )}
        </Stack>
      </TableCell>
    </NavigableRow>
  );
};

export const CommitmentsTable = ({ items }: { items: readonly CommitmentListItem[] }) => {
  const columns = commitmentsTableTexts.columns;
  return (
    <Table data-testid="commitments-table" stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{columns.code}</TableCell>
          <TableCell>{columns.committer}</TableCell>
          <TableCell>{columns.identifier}</TableCell>
          <TableCell>{columns.type}</TableCell>
          <TableCell>{columns.matter}</TableCell>
          <TableCell>{columns.madeOn}</TableCell>
          <TableCell>{columns.verifyBy}</TableCell>
          <TableCell>{columns.state}</TableCell>
          <TableCell>{columns.fulfilment}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <CommitmentRow key={item.id} item={item} />
        ))}
      </TableBody>
    </Table>
  );
};
