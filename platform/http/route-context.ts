import type { onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import type { Readers } from './readers';

/** What every route needs; built once per server. */
export type RouteContext = {
  db: Db;
  filesDir: string;
  version: string;
  now: () => Date;
  readers: Readers;
  /** The device-token hook, for every route but health and enrol. */
  auth: onRequestAsyncHookHandler;
};
