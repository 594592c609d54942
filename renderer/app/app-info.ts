import type { UseQueryResult } from '@tanstack/react-query';
import type { AppInfo } from '../../shared/domain/app';
import type { Catalogue } from '../../shared/domain/catalogue';
import { queryClient, queryKeyOf, useCoreQuery, type CoreRefusal } from './query/query-client';

export const appInfoKey = queryKeyOf('app:info', {});
export const catalogueKey = queryKeyOf('catalogue:get', {});

/**
 * app:info (version, settings, demo data, …) from the query cache. A connectivity event makes it old (the platform
 * now answering may run the demo data set), a finished sync too (staleAfter); startAppStore seeds the store's
 * connectivity and data-as-of from each answer.
 */
export const useAppInfo = (): UseQueryResult<AppInfo, CoreRefusal> => useCoreQuery('app:info', {});

/** catalogue:get (matters and their categories) from the query cache. */
export const useCatalogue = (): UseQueryResult<Catalogue, CoreRefusal> => useCoreQuery('catalogue:get', {});

/** For a store's action outside React (a form's defaults): the app's cached app:info, if answered. */
export const cachedAppInfo = (): AppInfo | undefined => queryClient.getQueryData<AppInfo>(appInfoKey);

/** For a store's action outside React: the app's cached catalogue, if answered. */
export const cachedCatalogue = (): Catalogue | undefined => queryClient.getQueryData<Catalogue>(catalogueKey);
