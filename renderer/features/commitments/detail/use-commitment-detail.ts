import { useDetailQuery } from '../../../app/query/use-detail-query';

/** One commitment, refetched when commitments change or a sync finishes; a verify's answer also makes the list old. */
export const useCommitmentDetail = (id: string) =>
  useDetailQuery('commitments:get', { id }, { areaChanged: true });
