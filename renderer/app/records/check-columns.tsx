import type { GridColDef } from '@mui/x-data-grid';
import type { CheckListItem } from '../../../shared/domain/check';
import { formatDateTime } from '../format';
import { CellLines } from '../list/DataList';
import { recordsTableTexts } from './texts';

/** Whom a check was about, or 未查到. */
export const subjectOf = (item: CheckListItem): string => item.subjectName ?? recordsTableTexts.notFound;

/**
 * The columns every list of checks starts with (核查记录, 需复核): when, which approval, which matter, whom. The
 * field names are the core's sortable columns of 核查记录.
 */
export const checkColumns = <Row extends CheckListItem>(): GridColDef<Row>[] => {
  const headers = recordsTableTexts.columns;
  return [
    {
      field: 'checkedAt',
      headerName: headers.checkedAt,
      flex: 0.9,
      minWidth: 145,
      valueFormatter: (value: string) => formatDateTime(value),
    },
    { field: 'caseNumber', headerName: headers.caseNumber, flex: 1, minWidth: 100 },
    { field: 'matterName', headerName: headers.matter, flex: 1.2, minWidth: 100 },
    {
      field: 'subjectName',
      headerName: headers.subject,
      flex: 1.4,
      minWidth: 120,
      valueGetter: (_value, item) => subjectOf(item),
      renderCell: ({ row }) => (
        <CellLines primary={subjectOf(row)} secondary={row.identifierMasked} muted={!row.found} />
      ),
    },
  ];
};
