import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { CreditRecord, Subject } from '../../../shared/domain/subject';
import { recordCategoryLabels, recordStatusLabels } from '../../../shared/domain/labels';
import { formatDate } from '../format';
import { CellMarks, CellText, DataList } from '../list/DataList';
import { ApplyRepairButton } from '../repairs/ApplyRepairButton';
import { ObjectionMarkChip } from '../objections/ObjectionMarkChip';
import { RaiseObjectionButton } from '../objections/RaiseObjectionButton';
import { resultTexts } from './texts';

const texts = resultTexts.records;
const dateOrEmpty = (value: string | null): string =>
  value === null ? resultTexts.empty : formatDate(value);

/** 行政许可 / 行政处罚 … of the subject, compact; the content is in the title's tooltip. */
export const RecordsTable = ({
  records,
  subject = null,
  caseNumber = null,
  checkId = null,
}: {
  records: readonly CreditRecord[];
  /** The checked subject: its published penalties get 申请信用修复. */
  subject?: Subject | null;
  /** 办件编号 of the check, carried into the 信用修复承诺书 of an application started here. */
  caseNumber?: string | null;
  /** The check showing the records: an objection raised here names it. */
  checkId?: string | null;
}) => {
  const columns = useMemo<GridColDef<CreditRecord>[]>(
    () => [
      {
        field: 'category',
        headerName: texts.category,
        flex: 0.6,
        minWidth: 80,
        valueGetter: (_value, record) => recordCategoryLabels[record.category],
      },
      {
        field: 'title',
        headerName: texts.recordTitle,
        flex: 2,
        minWidth: 150,
        renderCell: ({ row }) => (
          <Tooltip title={row.content}>
            <Box sx={{ minWidth: 0 }}>
              <CellText text={row.title} />
            </Box>
          </Tooltip>
        ),
      },
      { field: 'sourceDepartment', headerName: texts.department, flex: 0.8, minWidth: 90 },
      {
        field: 'decisionNumber',
        headerName: texts.decisionNumber,
        flex: 0.8,
        minWidth: 90,
        valueGetter: (value: string | null) => value ?? resultTexts.empty,
      },
      {
        field: 'decisionOn',
        headerName: texts.decisionOn,
        flex: 0.8,
        minWidth: 100,
        valueFormatter: (value: string) => formatDate(value),
      },
      {
        field: 'publicationEndsOn',
        headerName: texts.publicationEndsOn,
        flex: 0.8,
        minWidth: 100,
        valueFormatter: (value: string | null) => dateOrEmpty(value),
      },
      {
        field: 'status',
        headerName: texts.status,
        flex: 1.6,
        minWidth: 250,
        valueGetter: (_value, record) =>
          record.objection === undefined
            ? recordStatusLabels[record.status]
            : `${recordStatusLabels[record.status]} ${record.objection.label}`,
        renderCell: ({ row }) => (
          <CellMarks>
            <CellText text={recordStatusLabels[row.status]} />
            <ObjectionMarkChip mark={row.objection} />
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }}>
              <ApplyRepairButton record={row} subject={subject} caseNumber={caseNumber} />
              <RaiseObjectionButton
                subjectId={row.subjectId}
                subject={subject}
                targetTable="credit_records"
                targetId={row.id}
                title={row.title}
                checkId={checkId}
              />
            </Box>
          </CellMarks>
        ),
      },
    ],
    [subject, caseNumber, checkId],
  );
  return (
    // A long history scrolls within the card, its header staying.
    <DataList
      listId="credit-records"
      label={texts.title(records.length)}
      rows={records}
      columns={columns}
      getRowId={(record) => record.id}
      testId="credit-records"
      rowTestId="credit-record"
      maxHeight={320}
    />
  );
};
