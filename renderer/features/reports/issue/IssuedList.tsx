import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ReportList } from '../../../../shared/domain/report';
import { DateRangeFilter } from '../../../app/filters/DateRangeFilter';
import { client } from '../../../transport/client';
import { reportsTexts } from '../texts';
import { IssuedTable } from './IssuedTable';

const texts = reportsTexts.list;

/** The reports this PC issued, newest first; a row opens the report as issued. */
export const IssuedList = () => {
  const [query, setQuery] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [list, setList] = useState<ReportList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void client
      .call('reports:list', {
        ...(query.trim() === '' ? {} : { query: query.trim() }),
        ...(from === '' ? {} : { from }),
        ...(to === '' ? {} : { to }),
      })
      .then((result) => {
        if (!live) return;
        if (result.ok) {
          setList(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    return () => {
      live = false;
    };
  }, [query, from, to, tick]);

  if (error !== null)
    return (
      <Alert severity="error" data-testid="reports-error">
        {error}
      </Alert>
    );
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="reports-list">
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2">
            {texts.title}
          </Typography>
          <Button onClick={() => setTick((value) => value + 1)}>{texts.refresh}</Button>
        </Stack>
        {/* The search takes the row's room, so its label shows whole on a 1024 px screen; the dates wrap below. */}
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label={texts.query}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            sx={{ flex: '1 1 280px' }}
            slotProps={{ htmlInput: { 'data-testid': 'reports-filter-query', maxLength: 100 } }}
          />
          <DateRangeFilter
            size="small"
            fromLabel={texts.from}
            toLabel={texts.to}
            from={from}
            to={to}
            onChange={(change) => ('from' in change ? setFrom(change.from) : setTo(change.to))}
            testIds={{ from: 'reports-filter-from', to: 'reports-filter-to' }}
          />
        </Stack>
        {list === null ? (
          <Typography color="text.secondary">{texts.loading}</Typography>
        ) : list.items.length === 0 ? (
          <Typography color="text.secondary" data-testid="reports-empty">
            {texts.empty}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {texts.count(list.items.length, list.total)}
            </Typography>
            <IssuedTable items={list.items} />
          </>
        )}
      </Stack>
    </Paper>
  );
};
