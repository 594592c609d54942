import { useDetailQuery } from '../../../app/query/use-detail-query';

/**
 * One application, refetched when repairs change or a sync finishes (it brings the platform's decision); a failed
 * refetch keeps what is shown, with the error above it. A step's answer also makes the list old.
 */
export const useRepairDetail = (id: string) => useDetailQuery('repairs:get', { id }, { areaChanged: true });
