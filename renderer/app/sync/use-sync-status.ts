import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RequestOf } from '../../../shared/contract/channels';
import { client } from '../../transport/client';
import { queryKeyOf, useCoreQuery } from '../query/query-client';
import { useSyncStore, type EnrolOutcome } from './sync-store';

/**
 * The sync status from the query cache: asked while the app frame shows (the navigation badge reads it), again
 * when the core's events make it old (a sync finished, the platform came or went, a check grew the outbox).
 */
export const useSyncStatus = () => {
  const query = useCoreQuery('sync:status', {});
  return {
    status: query.data ?? null,
    statusError: query.error?.message ?? null,
    refresh: () => void query.refetch(),
  };
};

/** 登记本机: the core's answer is the new status, put in the cache as it is. */
export const useEnrol = (): ((request: RequestOf<'sync:enrol'>) => Promise<EnrolOutcome>) => {
  const queries = useQueryClient();
  return useCallback(
    async (request) => {
      const result = await client.call('sync:enrol', request);
      if (!result.ok) return { ok: false, message: result.error.message };
      const status = result.value;
      queries.setQueryData(queryKeyOf('sync:status', {}), status);
      useSyncStore.getState().applyStatus(status, useSyncStore.getState().events);
      return { ok: true, deviceId: status.deviceId ?? '' };
    },
    [queries],
  );
};
