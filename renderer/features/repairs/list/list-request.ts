import type { RepairListRequest } from '../../../../shared/domain/repair';
import type { RepairState } from '../../../../shared/repair/state-machine';

/** 进行中, 全部, or one state. */
export type RepairScope = 'open' | 'all' | RepairState;

export type RepairFilters = { scope: RepairScope; query: string };

export const toListRequest = (
  { scope, query }: RepairFilters,
  page: number,
  rowsPerPage: number,
): RepairListRequest => ({
  ...(scope === 'open' ? { open: true } : scope === 'all' ? {} : { state: scope }),
  ...(query.trim() === '' ? {} : { query: query.trim() }),
  limit: rowsPerPage,
  offset: page * rowsPerPage,
});
