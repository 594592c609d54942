import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { InspectionResultSubject } from '../../../shared/domain/inspection-result';
import { formatDate } from '../../app/format';
import { CellLines, CellText, DataList } from '../../app/list/DataList';
import { resultsTexts as texts } from './results-texts';

const headers = texts.columns;

const teamOf = (subject: InspectionResultSubject): string => {
  const current = subject.current;
  const team = (current?.inspectors ?? subject.drawnInspectors).map((inspector) => inspector.name).join('、');
  return current?.substitutionReason != null ? `${team}${texts.substituted}` : team;
};

const Outcome = ({ subject }: { subject: InspectionResultSubject }) => {
  const current = subject.current;
  if (current === null)
    return (
      <Typography variant="body2" color="text.secondary" component="span" data-testid="result-outcome-cell">
        {texts.pending}
      </Typography>
    );
  return (
    <span data-testid="result-outcome-cell" style={{ minWidth: 0 }}>
      {current.revision > 1 ? (
        <CellLines primary={current.outcome.label} secondary={texts.corrected(current.revision - 1)} />
      ) : (
        <CellText text={current.outcome.label} />
      )}
    </span>
  );
};

/** The drawn subjects with their results; 录入结果 / 更正 opens the entry dialog. */
export const ResultsTable = ({
  subjects,
  onEdit,
}: {
  subjects: readonly InspectionResultSubject[];
  onEdit: (subjectId: string) => void;
}) => {
  const columns = useMemo<GridColDef<InspectionResultSubject>[]>(
    () => [
      { field: 'order', headerName: headers.order, flex: 0.4, minWidth: 60 },
      { field: 'subjectName', headerName: headers.name, flex: 1.5, minWidth: 130 },
      {
        field: 'inspectors',
        headerName: headers.inspectors,
        flex: 1,
        minWidth: 110,
        sortable: false,
        valueGetter: (_value, subject) => teamOf(subject),
      },
      {
        field: 'inspectedOn',
        headerName: headers.inspectedOn,
        flex: 0.8,
        minWidth: 100,
        valueGetter: (_value, subject) => subject.current?.inspectedOn ?? '',
        valueFormatter: (value: string) => (value === '' ? '' : formatDate(value)),
      },
      {
        field: 'outcome',
        headerName: headers.outcome,
        flex: 1.2,
        minWidth: 120,
        valueGetter: (_value, subject) => subject.current?.outcome.label ?? texts.pending,
        renderCell: ({ row }) => <Outcome subject={row} />,
      },
      {
        field: 'handling',
        headerName: headers.handling,
        flex: 1.4,
        minWidth: 120,
        sortable: false,
        valueGetter: (_value, subject) => subject.current?.handling ?? '',
      },
      {
        field: 'action',
        headerName: headers.action,
        minWidth: 100,
        sortable: false,
        hideable: false,
        renderCell: ({ row }) => (
          <Button size="small" onClick={() => onEdit(row.subjectId)} data-testid="result-edit">
            {row.current === null ? texts.record : texts.correct}
          </Button>
        ),
      },
    ],
    [onEdit],
  );
  return (
    <DataList
      listId="inspection-results"
      label={texts.title}
      rows={subjects}
      columns={columns}
      getRowId={(subject) => subject.subjectId}
      testId="inspection-results-table"
      rowTestId="result-row"
    />
  );
};
