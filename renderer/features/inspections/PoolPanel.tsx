import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { InspectionPool } from '../../../shared/domain/inspection';
import { useInspectionsStore } from './inspections-store';
import { inspectionsTexts as texts } from './texts';

/** How many a typed percentage draws (⌈population × ratio⌉, as shared/sampling counts), or the default. */
const expectedWith = (population: number, typed: string, fallback: number): number => {
  const value = Number(typed);
  if (typed.trim() === '' || !Number.isFinite(value)) return fallback;
  if (population === 0 || value <= 0) return 0;
  return Math.min(population, Math.ceil(Math.round(population * (value / 100) * 1e6) / 1e6));
};

/** The candidates by grade with the ratio in force and the expected count; seed and 抽取 below. */
export const PoolPanel = ({ pool }: { pool: InspectionPool }) => {
  const { chosen, setChosen, seed, setSeed, draw, busy } = useInspectionsStore();
  const blocked = pool.subjects.length === 0 || pool.problems.length > 0;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="inspection-pool">
      <Stack spacing={1.5}>
        <Typography variant="h3" component="h2">
          {texts.poolTitle}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="inspection-pool-summary">
          {texts.poolSummary(pool.subjects.length, pool.inspectors.length)}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="inspection-ratios-info">
          {texts.ratiosInfo(pool.ratiosVersion, pool.ratiosSource, pool.ratiosConfirmed)}
          {' · '}
          {texts.rosterInfo(pool.rosterVersion, pool.rosterSource)}
        </Typography>
        {pool.rosterDemo && <Alert severity="warning">{texts.demoRoster}</Alert>}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{texts.columns.grade}</TableCell>
              <TableCell align="right">{texts.columns.population}</TableCell>
              <TableCell>{texts.columns.ratio}</TableCell>
              <TableCell>{texts.columns.chosen}</TableCell>
              <TableCell align="right">{texts.columns.expected}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pool.grades.map((grade) => (
              <TableRow key={grade.grade} data-testid={`pool-grade-${grade.grade}`}>
                <TableCell>{texts.gradeLabel(grade.grade, grade.label)}</TableCell>
                <TableCell align="right">{grade.population}</TableCell>
                <TableCell>{texts.ratio(grade.min, grade.max)}</TableCell>
                <TableCell sx={{ py: 0.5 }}>
                  {grade.min < grade.max ? (
                    <TextField
                      size="small"
                      type="number"
                      value={chosen[grade.grade] ?? ''}
                      placeholder={String(Math.round(grade.max * 10_000) / 100)}
                      onChange={(event) => setChosen(grade.grade, event.target.value)}
                      slotProps={{
                        htmlInput: {
                          min: grade.min * 100,
                          max: grade.max * 100,
                          step: 'any',
                          'aria-label': `${texts.columns.chosen} ${grade.label}`,
                          'data-testid': `pool-chosen-${grade.grade}`,
                        },
                      }}
                      sx={{ width: 110 }}
                    />
                  ) : (
                    texts.ratio(grade.min, grade.max)
                  )}
                </TableCell>
                <TableCell align="right" data-testid={`pool-expected-${grade.grade}`}>
                  {expectedWith(grade.population, chosen[grade.grade] ?? '', grade.expected)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {pool.subjects.length === 0 && <Alert severity="info">{texts.emptyPool}</Alert>}
        {pool.problems.map((problem) => (
          <Alert key={problem} severity="error">
            {problem}
          </Alert>
        ))}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={texts.seed}
            value={seed}
            onChange={(event) => setSeed(event.target.value)}
            helperText={texts.seedHelp}
            size="small"
            sx={{ minWidth: 320 }}
            slotProps={{ htmlInput: { 'data-testid': 'inspection-seed', maxLength: 200 } }}
          />
          <Button
            variant="contained"
            onClick={() => void draw()}
            disabled={blocked || busy !== null}
            data-testid="inspection-draw"
          >
            {busy === 'draw' ? texts.drawing : texts.draw}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
};
