import type {
  CommitmentDue,
  CommitmentListRequest,
  CommitmentType,
  Fulfilment,
} from '../../../shared/domain/commitment';

export type DueTab = CommitmentDue | 'all';

export type CommitmentFilters = {
  due: DueTab;
  matterCode: string;
  type: CommitmentType | '';
  fulfilment: Fulfilment | '';
  query: string;
};

/** The list filters as the core's request: empty filters left out, the page as limit and offset. */
export const toListRequest = (
  filters: CommitmentFilters,
  page: number,
  rowsPerPage: number,
): CommitmentListRequest => {
  const query = filters.query.trim();
  return {
    ...(filters.due === 'all' ? {} : { due: filters.due }),
    ...(filters.matterCode === '' ? {} : { matterCode: filters.matterCode }),
    ...(filters.type === '' ? {} : { type: filters.type }),
    ...(filters.fulfilment === '' ? {} : { fulfilment: filters.fulfilment }),
    ...(query === '' ? {} : { query: query.slice(0, 100) }),
    limit: rowsPerPage,
    offset: page * rowsPerPage,
  };
};
