import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Db } from '../node-shared/db/connection';
import { version } from '../package.json';
import { addUser, type NewUser } from './access/accounts';
import { demoPasswordHashes, seedDemoUsers } from './access/demo-users';
import type { LoginPolicy } from './access/login-policy';
import type { DeviceLimits } from './access/device-limits';
import { issueEnrolmentCode } from './access/enrolment';
import type { DeviceUnit } from './access/devices.repo';
import { openPlatformDb } from './db/open-platform-db';
import { seedRuleTables } from './rules/rule-tables';
import { releasesDirOf } from './updates/release-store';
import { seedIfEmpty, type SeedOutcome } from './registry/seed';
import { defaultAllowedHosts } from './http/host-check';
import { createPlatformServer, feedWaiting, type PlatformServerOptions, type PlatformTls } from './server';
import type { ExternalQueryOptions } from './external/external-routes';
import { demoSimulator } from './external/demo-simulator';
import { type Forwarding, type ForwardingConfig, startForwarding } from './forwarding/start-forwarding';

export const DEFAULT_PORT = 8420;
export const DEFAULT_HOST = '127.0.0.1';

export type StartOptions = {
  dataDir: string;
  /** 0 picks a free port (tests, the development start script). */
  port?: number;
  host?: string;
  /** resources/ (catalogue, demo data) for the first start of an empty database. */
  resourcesDir: string;
  /**
   * Demo mode (`--demo`): the first start loads the demo data set with its demo accounts, whose password is
   * published. Off unless asked for; outside it, a demo account left in the database never signs in.
   */
  withDemo?: boolean;
  /** The Host names to answer to; by default the loopback names and the bind address (http/host-check.ts). */
  allowedHosts?: readonly string[];
  loginPolicy?: LoginPolicy;
  deviceLimits?: DeviceLimits;
  now?: () => Date;
  log?: boolean | { level: string };
  /** Serve HTTPS with this certificate and key (PEM); plain HTTP (development, loopback) without. */
  tls?: PlatformTls;
  /** A better-sqlite3 build other than Node's own (none today: the platform runs on Node). */
  nativeBinding?: string;
  /**
   * External credit queries: the adapter and its bounds. Unset: none, except in demo mode, where the reference
   * simulator answers from resources/demo/external-queries.json.
   */
  externalQuery?: Partial<ExternalQueryOptions>;
  /** Forwarding of feedback to the provincial 联合奖惩 system (forwarding/start-forwarding.ts). */
  forwarding?: ForwardingConfig;
  /** changes/wait polling and its process-wide cap (server.ts). */
  feedWait?: PlatformServerOptions['feedWait'];
};

export type RunningPlatform = {
  url: string;
  db: Db;
  dataDir: string;
  seeded: SeedOutcome;
  close: () => Promise<void>;
  /**
   * A one-time enrolment code, accepted for `validHours` (72 by default); the device enrolled with it works for
   * `unit` (none: no workflow writes).
   */
  issueCode: (unit?: DeviceUnit | null, validHours?: number) => string;
  addUser: (user: NewUser) => Promise<'created' | 'updated'>;
  /** The feedback forwarder (null when no receiver is configured) and demo mode's reference receiver. */
  forwarding: Forwarding;
  /** changes/wait requests held open now. */
  feedWaiting: () => number;
};

const hostForUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** Opens (migrating, seeding on first start) the platform in dataDir and serves it. */
export async function startPlatform(options: StartOptions): Promise<RunningPlatform> {
  const host = options.host ?? DEFAULT_HOST;
  const now = options.now ?? (() => new Date());
  const db = openPlatformDb(options.dataDir, options.nativeBinding);
  try {
    const withDemo = options.withDemo ?? false;
    const seeded = seedIfEmpty(db, options.resourcesDir, withDemo);
    // The demo accounts come with the demo data set, and only with it (resources/demo/README.md).
    if (seeded.demo) seedDemoUsers(db, options.resourcesDir);
    seedRuleTables(db, options.resourcesDir, now());
    const app = createPlatformServer({
      db,
      filesDir: join(options.dataDir, 'files'),
      releasesDir: releasesDirOf(options.dataDir),
      version,
      demo: withDemo,
      now,
      ...(options.log === undefined ? {} : { log: options.log }),
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.loginPolicy === undefined ? {} : { loginPolicy: options.loginPolicy }),
      ...(options.deviceLimits === undefined ? {} : { deviceLimits: options.deviceLimits }),
      ...(options.feedWait === undefined ? {} : { feedWait: options.feedWait }),
      allowedHosts: options.allowedHosts ?? defaultAllowedHosts(host),
      refusedPasswordHashes: withDemo ? new Set() : demoPasswordHashes(options.resourcesDir),
      externalQuery: {
        ...(withDemo ? { adapter: demoSimulator(options.resourcesDir, now) } : {}),
        ...options.externalQuery,
      },
    });
    await app.listen({ port: options.port ?? DEFAULT_PORT, host });
    const { port } = app.server.address() as AddressInfo;
    const forwarding = await startForwarding(db, {
      config: options.forwarding ?? {},
      demo: withDemo,
      resourcesDir: options.resourcesDir,
      now,
    });
    return {
      url: `${options.tls === undefined ? 'http' : 'https'}://${hostForUrl(host)}:${port}`,
      db,
      dataDir: options.dataDir,
      seeded,
      forwarding,
      close: async () => {
        await forwarding.close();
        await app.close();
        db.close();
      },
      issueCode: (unit = null, validHours) =>
        issueEnrolmentCode(db, now(), { unit, ...(validHours === undefined ? {} : { validHours }) }).code,
      addUser: (user) => addUser(db, user),
      feedWaiting: () => feedWaiting(app),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
