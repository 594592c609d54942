import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import {
  DataGrid,
  GridRow,
  type GridColDef,
  type GridCellParams,
  type GridRowParams,
  type MuiEvent,
  type GridPaginationModel,
  type GridRowProps,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import {
  createContext,
  forwardRef,
  useContext,
  useMemo,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { ListSort } from '../../../shared/domain/list-sort';
import { focusRing } from '../../theme/tokens';
import { useColumnVisibility } from './column-visibility';
import { gridLocaleText } from './grid-locale';
import { listTexts } from './texts';

/** Every row is this tall: one line of text, or two short ones (a name over its code). */
export const LIST_ROW_HEIGHT = 52;
const PAGE_SIZES = [20, 50, 100];
/** The most rows a list without paging shows on one page (the free grid pages by 100 at most). */
const CLIENT_PAGE = 100;

/** A page of a list the core pages and sorts: where the list is, and how to move it. */
export type ServerList<Field extends string> = {
  page: number;
  rowsPerPage: number;
  total: number;
  loading: boolean;
  sort: ListSort<Field> | null;
  sortFields: readonly Field[];
  emptyText: string;
  loadingText: string;
  emptyTestId: string;
  setPage: (page: number) => void;
  setRowsPerPage: (rows: number) => void;
  setSort: (sort: ListSort<Field> | null) => void;
};

type RowConfig = {
  rowTestId: string;
  rowData?: (row: never) => Record<`data-${string}`, string>;
  rowLabel?: (row: never) => string;
  opens: boolean;
  emptyText: string;
  emptyTestId: string;
  loadingText: string;
};

const RowConfigContext = createContext<RowConfig | null>(null);
const useRowConfig = (): RowConfig => {
  const config = useContext(RowConfigContext);
  if (config === null) throw new Error('DataList slots outside a DataList');
  return config;
};

/** The grid's row with the list's test id, data attributes and label. */
const ListRow = forwardRef<HTMLDivElement, GridRowProps>(function ListRow(props, ref) {
  const { rowTestId, rowData, rowLabel } = useRowConfig();
  const row = props.row as never;
  return (
    <GridRow
      ref={ref}
      {...props}
      data-testid={rowTestId}
      {...(rowData?.(row) ?? {})}
      {...(rowLabel === undefined ? {} : { 'aria-label': rowLabel(row) })}
    />
  );
});

const NoRows = () => {
  const { emptyText, emptyTestId } = useRowConfig();
  return (
    <Typography color="text.secondary" sx={{ p: 2 }} data-testid={emptyTestId}>
      {emptyText}
    </Typography>
  );
};

const Loading = () => <LinearProgress aria-label={useRowConfig().loadingText} />;

/** Text of a cell: one line, cut with "…", the whole value on hover. */
export const CellText = ({ text, muted = false }: { text: string; muted?: boolean }) => (
  <Box
    component="span"
    title={text}
    sx={{
      display: 'block',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      color: muted ? 'text.secondary' : undefined,
    }}
  >
    {text}
  </Box>
);

/** Two short lines in one cell (a name over its masked identifier), each cut with "…". */
export const CellLines = ({
  primary,
  secondary,
  muted,
}: {
  primary: string;
  secondary: string;
  muted?: boolean;
}) => (
  <Box sx={{ minWidth: 0, lineHeight: 1.3 }}>
    <CellText text={primary} muted={muted} />
    <Typography variant="caption" color="text.secondary" component="div">
      <CellText text={secondary} />
    </Typography>
  </Box>
);

/** Chips and other marks of a cell, on one line (the cell cuts what does not fit). */
export const CellMarks = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', overflow: 'hidden', height: '100%' }}>
    {children}
  </Box>
);

type Props<Row extends GridValidRowModel, Field extends string> = {
  /** Names the list for its remembered columns (per user on this PC). */
  listId: string;
  /** The grid's accessible name. */
  label: string;
  rows: readonly Row[];
  columns: readonly GridColDef<Row>[];
  getRowId: (row: Row) => string | number;
  /** data-testid of the grid, and of each row. */
  testId: string;
  rowTestId: string;
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  rowLabel?: (row: Row) => string;
  /** What a click, Enter or Space on a row does (opens its detail); a list without it only shows. */
  onOpen?: (row: Row) => void;
  /** Paged and sorted by the core; without it the grid sorts what it holds and pages only past 100 rows. */
  server?: ServerList<Field>;
  emptyText?: string;
  emptyTestId?: string;
  /** The most the grid may take (it scrolls within, its header staying); without it the grid is as tall as its rows. */
  maxHeight?: number;
};

/** A cell's own text as a tooltip, for columns that render nothing themselves. */
const withCellText = <Row extends GridValidRowModel>(column: GridColDef<Row>): GridColDef<Row> =>
  column.renderCell !== undefined || column.type === 'actions'
    ? column
    : {
        ...column,
        renderCell: (params) => {
          const shown: unknown = params.formattedValue ?? params.value;
          return (
            <CellText text={typeof shown === 'string' || typeof shown === 'number' ? String(shown) : ''} />
          );
        },
      };

const isInteractive = (target: EventTarget): boolean =>
  target instanceof Element && target.closest('button, a, input, select, textarea, [role="button"]') !== null;

/**
 * Every list of the app: MUI X DataGrid in Chinese, rows of one height with cut cells (the full value on hover),
 * columns that keep their minimum width (the grid scrolls sideways inside itself, never the page), the columns a
 * user hid remembered, and rows that open from a click, Enter or Space (↑/↓ move between rows).
 */
export function DataList<Row extends GridValidRowModel, Field extends string = never>({
  listId,
  label,
  rows,
  columns,
  getRowId,
  testId,
  rowTestId,
  rowData,
  rowLabel,
  onOpen,
  server,
  emptyText = server?.emptyText ?? listTexts.empty,
  emptyTestId = server?.emptyTestId ?? `${testId}-empty`,
  maxHeight,
}: Props<Row, Field>) {
  const [visibility, setVisibility] = useColumnVisibility(listId);
  const sortFields = server?.sortFields;
  const shownColumns = useMemo(
    () =>
      columns.map((column) => {
        const withText = withCellText(column);
        return sortFields === undefined
          ? withText
          : { ...withText, sortable: (sortFields as readonly string[]).includes(column.field) };
      }),
    [columns, sortFields],
  );
  const config = useMemo<RowConfig>(
    () => ({
      rowTestId,
      rowData,
      rowLabel,
      opens: onOpen !== undefined,
      emptyText,
      emptyTestId,
      loadingText: server?.loadingText ?? listTexts.loading,
    }),
    [rowTestId, rowData, rowLabel, onOpen, emptyText, emptyTestId, server?.loadingText],
  );

  // One model per order: a new array on every render is a change of order to the grid, which then goes to page 1.
  const sort = server?.sort ?? null;
  const sortModel = useMemo<GridSortModel>(
    () => (sort === null ? [] : [{ field: sort.sortBy, sort: sort.sortDirection }]),
    [sort],
  );

  const onRowClick = (params: GridRowParams<Row>, event: MouseEvent): void => {
    if (onOpen === undefined || isInteractive(event.target)) return;
    onOpen(params.row);
  };
  const onCellKeyDown = (params: GridCellParams<Row>, event: MuiEvent<KeyboardEvent>): void => {
    if (onOpen === undefined || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (event.target !== event.currentTarget && isInteractive(event.target)) return;
    event.preventDefault();
    event.defaultMuiPrevented = true;
    onOpen(params.row);
  };

  const serverProps =
    server === undefined
      ? {
          initialState: { pagination: { paginationModel: { pageSize: CLIENT_PAGE, page: 0 } } },
          pageSizeOptions: [CLIENT_PAGE],
          hideFooter: rows.length <= CLIENT_PAGE,
        }
      : {
          paginationMode: 'server' as const,
          sortingMode: 'server' as const,
          rowCount: server.total,
          loading: server.loading,
          pageSizeOptions: PAGE_SIZES,
          paginationModel: { page: server.page, pageSize: server.rowsPerPage },
          onPaginationModelChange: (model: GridPaginationModel) => {
            if (model.pageSize !== server.rowsPerPage) server.setRowsPerPage(model.pageSize);
            else if (model.page !== server.page) server.setPage(model.page);
          },
          sortModel,
          onSortModelChange: (model: GridSortModel) => {
            const first = model[0];
            const field = server.sortFields.find((candidate) => candidate === first?.field);
            server.setSort(
              field === undefined || first === undefined
                ? null
                : { sortBy: field, sortDirection: first.sort === 'desc' ? 'desc' : 'asc' },
            );
          },
        };

  return (
    <RowConfigContext.Provider value={config}>
      <Box
        data-testid={testId}
        sx={{
          width: '100%',
          minWidth: 0,
          ...(maxHeight === undefined ? {} : { display: 'flex', flexDirection: 'column', maxHeight }),
        }}
      >
        <DataGrid
          aria-label={label}
          rows={rows}
          columns={shownColumns}
          getRowId={getRowId}
          localeText={gridLocaleText}
          rowHeight={LIST_ROW_HEIGHT}
          columnHeaderHeight={44}
          autoHeight={maxHeight === undefined}
          disableVirtualization
          disableColumnFilter
          disableRowSelectionOnClick
          columnVisibilityModel={visibility}
          onColumnVisibilityModelChange={setVisibility}
          onRowClick={onRowClick}
          onCellKeyDown={onCellKeyDown}
          slots={{ row: ListRow, noRowsOverlay: NoRows, loadingOverlay: Loading }}
          {...serverProps}
          sx={{
            bgcolor: 'background.paper',
            '& .MuiDataGrid-row': { cursor: config.opens ? 'pointer' : 'default' },
            // The row open beside the list (rowData gives it data-current="true").
            '& .MuiDataGrid-row[data-current="true"]': { bgcolor: 'action.selected' },
            '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
            // The focused row is ringed as a whole (↑/↓ move the focus from row to row).
            '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
            '& .MuiDataGrid-row:has(.MuiDataGrid-cell:focus)': focusRing,
            '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
          }}
        />
      </Box>
    </RowConfigContext.Provider>
  );
}
