import type { SortDirection } from '../../../shared/domain/list-sort';

/**
 * The ORDER BY of a list: the asked column first, then the list's own order (which also breaks ties), or the
 * list's own order alone. Only columns of `columns` (the list's closed set, written here in SQL) are used; the
 * request's value picks one of them and never enters the statement itself.
 */
export function orderBy<Field extends string>(
  columns: Readonly<Record<Field, string>>,
  sort: { sortBy?: Field | undefined; sortDirection?: SortDirection | undefined },
  ownOrder: string,
): string {
  const field = sort.sortBy;
  if (field === undefined || !Object.hasOwn(columns, field)) return ownOrder;
  return `${columns[field]} ${sort.sortDirection === 'desc' ? 'DESC' : 'ASC'}, ${ownOrder}`;
}
