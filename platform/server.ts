import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../node-shared/db/connection';
import { registerAuditRoutes } from './audit/audit-routes';
import { deviceAuth } from './access/device-auth';
import { loginGuard } from './access/login-guard';
import type { LoginPolicy } from './access/login-policy';
import { DEVICE_LIMITS, type DeviceLimits } from './access/device-limits';
import { streamSlots } from './feed/stream-slots';
import { hostCheck } from './http/host-check';
import { errorHandlingOptions, installErrorHandlers } from './http/errors';
import { registerInspectionRoutes } from './inspections/results-routes';
import { readerPool } from './http/readers';
import { registerAccessRoutes } from './access/access-routes';
import { registerDeviceAdminRoutes } from './access/device-admin-routes';
import { registerFeedRoutes } from './feed/feed-routes';
import { registerFileRoutes } from './files/files-routes';
import { registerOutboxRoute } from './outbox/outbox-routes';
import { registerRepairRoutes } from './workflow/repairs-routes';
import { registerObjectionRoutes } from './workflow/objections-routes';
import { registerReportRoutes } from './reports/reports-routes';
import type { RouteContext } from './http/route-context';
import { registerRuleRoutes } from './rules/rules-routes';
import { registerSnapshotRoute } from './feed/snapshot-routes';
import { registerPublicationRoutes } from './publication/publication-routes';
import { registerUpdateRoutes } from './updates/updates-routes';
import {
  EXTERNAL_QUERY_DEFAULTS,
  registerExternalQueryRoutes,
  type ExternalQueryOptions,
} from './external/external-routes';
import { registerFeedbackDeliveryRoutes } from './forwarding/deliveries-routes';
import { createFeedSignal, type FeedSignal, type FeedSignalOptions } from './feed/feed-signal';
import { feedSourceFor } from './feed/feed-source';
import { registerFeedWaitRoute } from './feed/feed-wait-route';

export type PlatformServerOptions = {
  /** A migrated platform database on a file (streams read it through a second connection). */
  db: Db;
  filesDir: string;
  /** The client release feed (updates/release-store.ts); none: /updates answers that nothing is published. */
  releasesDir?: string;
  version: string;
  now?: () => Date;
  /** Electron's better-sqlite3 build, when embedded in the desktop client (for the streams' read connections). */
  nativeBinding?: string;
  /** Fastify's request log (pino, JSON lines on stdout). Off by default. */
  log?: boolean | { level: string };
  /** Serve HTTPS with this certificate and key (PEM), as a city platform must; plain HTTP without. */
  tls?: PlatformTls;
  /** The Host names the platform answers to (http/host-check.ts); every request naming another is refused. */
  allowedHosts: readonly string[];
  /** Demo mode (`--demo`): health says so, and a client in 培训模式 talks only to such a platform. */
  demo?: boolean;
  /** Password hashes that never sign in here: the published demo accounts', outside demo mode. */
  refusedPasswordHashes?: ReadonlySet<string>;
  /** Failed-login and hashing limits (access/login-policy.ts by default). */
  loginPolicy?: LoginPolicy;
  /** What one device may take (access/device-limits.ts by default). */
  deviceLimits?: DeviceLimits;
  /** External credit queries (external/external-routes.ts): the adapter (none by default) and its bounds. */
  externalQuery?: Partial<ExternalQueryOptions>;
  /**
   * changes/wait: how often the newest seq is read while clients wait, and how many may wait at once in this
   * process (feed/feed-signal.ts; the per-device share is deviceLimits.feedWaits).
   */
  feedWait?: Partial<Pick<FeedSignalOptions, 'pollMs' | 'maxWaiters'>>;
};

export type PlatformTls = { cert: string; key: string };

const feedSignals = new WeakMap<FastifyInstance, FeedSignal>();
/** How many changes/wait requests the server holds open now (tests: none left behind by a client that hung up). */
export const feedWaiting = (app: FastifyInstance): number => feedSignals.get(app)?.waiting() ?? 0;

/**
 * The city platform's HTTP API (shared/platform-api/api.ts) over one database. Not yet listening: the caller
 * decides where to bind (the CLI binds 127.0.0.1 unless told otherwise).
 */
export function createPlatformServer(options: PlatformServerOptions): FastifyInstance {
  // With `https` Fastify serves TLS itself; routes and hooks are the same either way.
  const app = Fastify({
    ...(options.tls === undefined ? {} : { https: options.tls }),
    logger: options.log ?? false,
    // A HEAD on a streamed GET would run the whole stream for nothing; files has its own HEAD.
    exposeHeadRoutes: false,
    // A stalled feed reader must not keep the server from closing.
    forceCloseConnections: true,
    ...errorHandlingOptions,
  });
  const readers = readerPool(options.db, options.nativeBinding);
  const now = options.now ?? (() => new Date());
  const limits = options.deviceLimits ?? DEVICE_LIMITS;
  const feedSource = feedSourceFor(options.db, options.nativeBinding, readers.pool);
  const feedSignal = createFeedSignal(feedSource, { ...options.feedWait, perDevice: limits.feedWaits });
  const context: RouteContext = {
    db: options.db,
    filesDir: options.filesDir,
    version: options.version,
    demo: options.demo ?? false,
    now,
    readers,
    auth: deviceAuth(options.db, readers.pool),
    logins: loginGuard({
      db: options.db,
      now,
      ...(options.loginPolicy === undefined ? {} : { policy: options.loginPolicy }),
      ...(options.refusedPasswordHashes === undefined
        ? {}
        : { refusedHashes: options.refusedPasswordHashes }),
    }),
    limits,
    streams: streamSlots(limits.feedStreams),
    feedSignal,
  };
  feedSignals.set(app, feedSignal);
  installErrorHandlers(app);
  // First of all hooks: a request to a name this platform is not is answered before any route or auth runs.
  app.addHook('onRequest', hostCheck(options.allowedHosts));
  registerAccessRoutes(app, context);
  registerDeviceAdminRoutes(app, context);
  registerFeedRoutes(app, context);
  registerFeedWaitRoute(app, context);
  registerOutboxRoute(app, context);
  registerFileRoutes(app, context);
  registerSnapshotRoute(app, context);
  registerRepairRoutes(app, context);
  registerRuleRoutes(app, context);
  registerReportRoutes(app, context);
  registerAuditRoutes(app, context);
  registerInspectionRoutes(app, context);
  registerUpdateRoutes(app, options.releasesDir ?? null);
  registerPublicationRoutes(app, context);
  registerExternalQueryRoutes(app, context, {
    ...EXTERNAL_QUERY_DEFAULTS,
    adapter: null,
    ...options.externalQuery,
  });
  registerFeedbackDeliveryRoutes(app, context);
  registerObjectionRoutes(app, context);
  // A write answered by this process wakes the waiting clients now, not at the next poll.
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') feedSignal.poke();
    done();
  });
  // Waiting clients are answered before the connections are closed under them.
  app.addHook('preClose', (done) => {
    feedSignal.close();
    done();
  });
  app.addHook('onClose', async () => {
    feedSignal.close();
    feedSource.close();
    readers.closeAll();
    await readers.closePool();
  });
  return app;
}
