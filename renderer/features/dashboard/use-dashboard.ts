import { useState } from 'react';
import { saveExportFile } from '../../app/download';
import { isRangeInvalid } from '../../app/filters/DateRangeFilter';
import { useAskedOnOpen } from '../../app/list/use-asked-on-open';
import { useCoreQuery } from '../../app/query/query-client';
import { client } from '../../transport/client';
import { DRILL_ROWS, toFilter, useDashboardView } from './dashboard-view';

/**
 * The dashboard's figures and the open drill-down's rows, from the query cache: asked again when the page opens
 * and when the core's events make them old (staleAfter); other filters keep the figures shown until the core
 * answers, and a period that ends before it starts asks nothing (the last figures stay).
 */
export const useDashboard = () => {
  const view = useDashboardView();
  const { filters, drill } = view;
  useAskedOnOpen('dashboard:get');
  const figures = useCoreQuery('dashboard:get', isRangeInvalid(filters) ? null : toFilter(filters), {
    keepPrevious: true,
  });
  const rows = useCoreQuery(
    'dashboard:rows',
    drill === null ? null : { ...drill.filter, figure: drill.figure, limit: DRILL_ROWS, offset: 0 },
    { keepPrevious: true },
  );
  return {
    view,
    figures: figures.data ?? null,
    loading: figures.isFetching,
    error: figures.error?.message ?? null,
    rows: drill === null ? null : (rows.data ?? null),
    rowsError: drill === null ? null : (rows.error?.message ?? null),
    refresh: () => {
      void figures.refetch();
      if (drill !== null) void rows.refetch();
    },
  };
};

/** 导出 Excel of the figures under the filters on screen; a refusal is kept to be shown in words. */
export const useDashboardExport = () => {
  const filters = useDashboardView((state) => state.filters);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const exportExcel = async () => {
    setExporting(true);
    setMessage(null);
    const result = await client.call('dashboard:export', toFilter(filters));
    if (result.ok) saveExportFile(result.value);
    setExporting(false);
    setMessage(result.ok ? null : result.error.message);
  };
  return { exporting, message, exportExcel };
};
