import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { PendingItem } from '../../../shared/domain/sync';
import { formatDateTime } from '../../app/format';
import { useRouter } from '../../app/router';
import { formatCount, kindLabel } from './sync-format';
import { syncTexts } from './texts';

/** 待上传: what this PC still has to send (oldest first: what goes next), each workflow item openable. */
export const PendingList = ({ items, total }: { items: readonly PendingItem[]; total: number }) => {
  const navigate = useRouter((state) => state.navigate);
  if (total === 0) return null;
  const texts = syncTexts.pending;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sync-pending-list">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.title(formatCount(total))}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {total > items.length ? texts.explanationPartial(formatCount(items.length)) : texts.explanation}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 180 }}>{texts.columns.createdAt}</TableCell>
              <TableCell>{texts.columns.kind}</TableCell>
              <TableCell sx={{ width: 160 }}>{texts.columns.madeBy}</TableCell>
              <TableCell sx={{ width: 120 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((entry) => (
              <TableRow key={entry.mutationId} data-testid="pending-row" data-kind={entry.kind}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</TableCell>
                <TableCell>{kindLabel(entry.kind)}</TableCell>
                <TableCell>{entry.madeBy ?? texts.noMaker}</TableCell>
                <TableCell>
                  {entry.item !== null && (
                    <Button
                      size="small"
                      onClick={() => {
                        const item = entry.item;
                        if (item === null) return;
                        navigate(
                          item.area === 'commitments'
                            ? { page: 'commitment', id: item.id }
                            : { page: 'repair', id: item.id },
                        );
                      }}
                    >
                      {texts.open}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
    </Paper>
  );
};
