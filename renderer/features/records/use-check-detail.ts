import { useDetailQuery } from '../../app/query/use-detail-query';

/** One stored check, refetched when checks change (a sync, a review); feedback's answer replaces it in place. */
export const useCheckDetail = (checkId: string) => useDetailQuery('check:get', { checkId });
