import type { onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import type { LoginGuard } from '../access/login-guard';
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
  /** Every password check (device sign-in and HTTP Basic) goes through it. */
  logins: LoginGuard;
};
