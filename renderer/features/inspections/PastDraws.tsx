import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatBeijing } from '../../../shared/time';
import { useInspectionsStore } from './inspections-store';
import { inspectionsTexts as texts } from './texts';

/** 历次抽查: every stored draw, newest first; a row opens it (and replays it). */
export const PastDraws = () => {
  const { past, open, detail } = useInspectionsStore();
  const columns = texts.pastColumns;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="inspection-past">
      <Stack spacing={1}>
        <Typography variant="h3" component="h2">
          {texts.pastTitle}
        </Typography>
        {past !== null && past.items.length === 0 ? (
          <Typography color="text.secondary">{texts.pastEmpty}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{columns.number}</TableCell>
                <TableCell>{columns.drawnAt}</TableCell>
                <TableCell>{columns.region}</TableCell>
                <TableCell>{columns.matter}</TableCell>
                <TableCell align="right">{columns.picked}</TableCell>
                <TableCell>{columns.seed}</TableCell>
                <TableCell>{columns.actor}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(past?.items ?? []).map((item) => (
                <TableRow
                  key={item.id}
                  hover
                  selected={detail?.draw.id === item.id}
                  onClick={() => void open(item.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') void open(item.id);
                  }}
                  tabIndex={0}
                  sx={{ cursor: 'pointer' }}
                  data-testid="inspection-past-row"
                >
                  <TableCell sx={{ fontFamily: 'monospace' }}>{item.number}</TableCell>
                  <TableCell>{formatBeijing(item.drawnAt)}</TableCell>
                  <TableCell>{item.regionName}</TableCell>
                  <TableCell>{item.matterName}</TableCell>
                  <TableCell align="right">{texts.picked(item.picked, item.poolSize)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{item.seed}</TableCell>
                  <TableCell>{item.actor}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
};
