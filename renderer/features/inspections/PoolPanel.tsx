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
import { useMemo, useState } from 'react';
import type { InspectionDetail, InspectionPool } from '../../../shared/domain/inspection';
import { DisabledReason, disabledReasonProps } from '../../app/form/DisabledReason';
import { placeRefusal } from '../../app/form/place-refusal';
import { textFieldProps } from '../../app/form/text-field-props';
import { useContractForm } from '../../app/form/use-contract-form';
import { client } from '../../transport/client';
import { adjustableGrades, drawFieldOf, drawFormDefaults, drawFormSchema, expectedWith } from './draw-form';
import { inspectionsTexts as texts } from './texts';

type Props = { pool: InspectionPool; onDrawn: (detail: InspectionDetail) => void };

/**
 * The candidates by grade with the ratio in force and the expected count; this draw's ratios (typed as
 * percentages), the seed and 抽取 — a contract form whose output is the inspections:draw request.
 */
export const PoolPanel = ({ pool, onDrawn }: Props) => {
  const schema = useMemo(() => drawFormSchema(pool), [pool]);
  const form = useContractForm(schema, drawFormDefaults(pool));
  const { isSubmitting } = form.formState;
  const [error, setError] = useState<string | null>(null);
  const percents = form.watch('percents');
  const blocked =
    pool.subjects.length === 0
      ? texts.drawBlockedEmpty
      : pool.problems.length > 0
        ? texts.drawBlockedProblems
        : null;
  const fields = [
    'seed' as const,
    ...adjustableGrades(pool).map((grade) => `percents.${grade.grade}` as const),
  ];

  const draw = form.handleSubmit(async (request) => {
    const result = await client.call('inspections:draw', request);
    if (!result.ok) {
      setError(placeRefusal(result.error, form.setError, fields, drawFieldOf));
      return;
    }
    setError(null);
    form.setValue('seed', '');
    onDrawn(result.value);
  });

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
                      {...textFieldProps(form, `percents.${grade.grade}`)}
                      placeholder={String(Math.round(grade.max * 10_000) / 100)}
                      slotProps={{
                        htmlInput: {
                          inputMode: 'decimal',
                          'aria-label': `${texts.columns.chosen} ${grade.label}`,
                          'data-testid': `pool-chosen-${grade.grade}`,
                        },
                      }}
                      sx={{ width: 160 }}
                    />
                  ) : (
                    texts.ratio(grade.min, grade.max)
                  )}
                </TableCell>
                <TableCell align="right" data-testid={`pool-expected-${grade.grade}`}>
                  {expectedWith(grade, percents[grade.grade] ?? '') ?? texts.noCount}
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
        {error !== null && (
          <Alert severity="error" data-testid="inspection-draw-error">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={texts.seed}
            {...textFieldProps(form, 'seed', { hint: texts.seedHelp })}
            size="small"
            sx={{ minWidth: 320 }}
            slotProps={{ htmlInput: { 'data-testid': 'inspection-seed', maxLength: 200 } }}
          />
          <Button
            variant="contained"
            onClick={(event) => void draw(event)}
            {...disabledReasonProps('inspection-draw', blocked, isSubmitting)}
            data-testid="inspection-draw"
          >
            {isSubmitting ? texts.drawing : texts.draw}
          </Button>
          <Stack sx={{ pt: 1 }}>
            <DisabledReason testId="inspection-draw" reason={blocked} />
          </Stack>
        </Stack>
      </Stack>
    </Paper>
  );
};
