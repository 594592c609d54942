import type { CheckList, CheckListRequest, CheckSortField, VerdictCode } from '../../../shared/domain/check';
import { createPagedListStore } from '../list/paged-list-store';
import { client } from '../../transport/client';

export type RecordFilters = {
  from: string;
  to: string;
  matterCode: string;
  verdict: VerdictCode | '';
  openOnly: boolean;
};

const noFilters: RecordFilters = { from: '', to: '', matterCode: '', verdict: '', openOnly: false };

const toRequest = (filters: RecordFilters, page: number, rowsPerPage: number): CheckListRequest => ({
  ...(filters.from === '' ? {} : { from: filters.from }),
  ...(filters.to === '' ? {} : { to: filters.to }),
  ...(filters.matterCode === '' ? {} : { matterCode: filters.matterCode }),
  ...(filters.verdict === '' ? {} : { verdict: filters.verdict }),
  ...(filters.openOnly ? { openFeedback: true } : {}),
  limit: rowsPerPage,
  offset: page * rowsPerPage,
});

/** 核查记录: the stored checks, filtered; a period that ends before it starts matches nothing. */
export const useRecordsStore = createPagedListStore<RecordFilters, CheckList, CheckSortField>({
  noFilters,
  fetch: (filters, page, rowsPerPage, sort) =>
    filters.from !== '' && filters.to !== '' && filters.from > filters.to
      ? null
      : client.call('check:list', { ...toRequest(filters, page, rowsPerPage), ...sort }),
});
