import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RejectedEntry } from '../../../shared/domain/sync';
import { formatDateTime } from '../../app/format';
import { useRouter } from '../../app/router';
import { kindLabel } from './sync-format';
import { syncTexts } from './texts';

/** Outbox entries the platform refused, with its reason; they stay on this PC and never hold up the rest. */
export const RejectedTable = ({ entries }: { entries: readonly RejectedEntry[] }) => {
  if (entries.length === 0) return null;
  const texts = syncTexts.rejected;
  const navigate = useRouter.getState().navigate;
  const openItem = (item: RejectedEntry['item']): void => {
    if (item === null) return;
    navigate(
      item.area === 'commitments' ? { page: 'commitment', id: item.id } : { page: 'repair', id: item.id },
    );
  };
  const columns = texts.columns;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-rejected">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title(entries.length)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.explanation}
        </Typography>
        <Table>
          <TableHead>
            <TableRow>
              <TableCell>{columns.id}</TableCell>
              <TableCell>{columns.kind}</TableCell>
              <TableCell>{columns.createdAt}</TableCell>
              <TableCell>{columns.reason}</TableCell>
              <TableCell>{columns.code}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <TableRow
                key={entry.mutationId}
                data-testid="rejected-row"
                data-mutation-id={entry.mutationId}
                data-state={entry.state}
              >
                <TableCell>{entry.mutationId}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{kindLabel(entry.kind)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {entry.state === 'conflict' && (
                    <Chip label={texts.state.conflict} color="warning" variant="outlined" sx={{ mr: 1 }} />
                  )}
                  {entry.message}
                  {entry.item !== null && (
                    <Button
                      size="small"
                      sx={{ ml: 1 }}
                      data-testid="rejected-open-item"
                      onClick={() => openItem(entry.item)}
                    >
                      {texts.openItem}
                    </Button>
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
                    {entry.code}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
    </Paper>
  );
};
