import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/domain/app';
import { err, ok, type Result } from '../../shared/result';
import { systemDeploymentFile, type DeploymentSource } from './app/deployment';
import { deploymentInfo } from './app/deployment-info';
import { hasDemoData, trainingDataDir, trainingDataMissing } from './app/training';
import { appHandlers } from './app/app.handlers';
import { createConnectivity } from './app/connectivity';
import { rememberPlatformKind } from './app/demo-data';
import { seedIfEmpty } from './app/seed';
import { createSettingsService } from './app/settings.service';
import { checkHandlers } from './check/check.handlers';
import { commitmentHandlers } from './commitments/commitments.handlers';
import { createCommitmentService } from './commitments/commitments.service';
import { createCheckService } from './check/check.service';
import { queryExternalOnline } from './check/external-query-online';
import type { Db } from '../../node-shared/db/connection';
import { DATABASE_FILE, openCache } from './db/open-cache';
import { migrate } from '../../node-shared/db/migrate';
import { startCheckpoints, type Checkpoints } from '../../node-shared/db/checkpoints';
import { migrations } from './db/migrations';
import { restoreSearchIndex } from './db/search-index';
import { createRules } from './rules/rules';
import { createEventBus, type EventBus } from './events';
import { createFileStore } from '../../node-shared/files/file-store';
import { filesHandlers } from './files/files.handlers';
import { createFilesService } from './files/files.service';
import type { Handlers } from './ipc/handlers';
import { repairHandlers } from './repairs/repairs.handlers';
import { objectionHandlers } from './objections/objections.handlers';
import { createObjectionsService } from './objections/objections.service';
import { findDocumentSubject, objectionDocumentHandlers } from './objections/objection-documents';
import { dashboardHandlers } from './dashboard/dashboard.handlers';
import { createDashboardService } from './dashboard/dashboard.service';
import { loadDashboardRules } from './dashboard/scope';
import { reportHandlers } from './reports/reports.handlers';
import { loadReportPolicy } from './reports/report-policy';
import { createReportsService } from './reports/reports.service';
import { createRepairsService } from './repairs/repairs.service';
import { subjectHandlers } from './subjects/subjects.handlers';
import { syncHandlers } from './sync/sync.handlers';
import { inspectionHandlers } from './inspections/inspections.handlers';
import { createInspectionService } from './inspections/inspections.service';
import { loadInspectionOutcomes } from './inspections/outcomes';
import { createInspectionResultService } from './inspections/results.service';
import { createSyncService, type SyncDeps, type SyncService } from './sync/sync.service';
import { getMeta } from './app/meta.repo';
import { checkAuditChain } from './audit/chain-status';
import { auditHandlers } from './audit/audit.handlers';
import { performance } from 'node:perf_hooks';
import { nextLockAt } from '../../shared/auth/inactivity';
import { toBeijingIso } from '../../shared/time';
import { recordAuth } from './auth/auth.audit';
import { authHandlers } from './auth/auth.handlers';
import { createAuthService } from './auth/auth.service';
import { createCredentialCache } from './auth/credential-cache';
import { credentialStore, seedDemoCredentials } from './auth/credentials.repo';
import { loadDemoUsers } from '../../node-shared/auth/demo-users';
import { guardHandlers } from './auth/guard';
import { createSession, operatorLabel, type SessionHolder } from './auth/session';
import { createPlatformClient } from './sync/platform-client';
import { readPlatformTarget, writePlatformTarget } from './sync/platform-target';
import type { PlatformTarget } from '../../shared/domain/deployment';

export type CoreOptions = {
  dataDir: string;
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  /** better-sqlite3 build for the Electron ABI; Node's own build when absent. */
  nativeBinding?: string;
  /** The cache's SQLCipher key, 64 hex digits: from safeStorage (Electron) or the key file (browser host). */
  cacheKey: string;
  /**
   * The platform the deployment configuration names, with its trust anchor (app/platform-env.ts): the only one
   * this PC may enrol at; otherwise the enrolled one, if any, as recorded at enrolment.
   */
  platform?: PlatformTarget | null;
  /** True when the platform is the demo one a development start script runs (demo data, public accounts). */
  demoPlatform?: boolean;
  /** dist/sync/sync-worker.cjs; without it the bulk sync runs inline (unit tests). */
  syncWorkerScript?: string | null;
  /** How often to probe the platform (default 15 s; the end-to-end tests shorten it). */
  connectivityIntervalMs?: number;
  /** Sync timing for tests. */
  syncOptions?: Pick<
    SyncDeps,
    'pageSize' | 'pushChunkSize' | 'timeoutMs' | 'retry' | 'verifyEveryMs' | 'feedWatch'
  >;
  /** Load the demo data set into an empty cache (default true). */
  withDemo?: boolean;
  /**
   * 培训模式 (deployment.json trainingMode): the demo data set and accounts in `<dataDir>/training`, so a training
   * cache and a real one never mix, and only a platform that says it is a demo one (sync.service.ts).
   */
  training?: boolean;
  /** The deployment configuration read at start, or where it was looked for (设置 › 部署配置, the default unit). */
  deployment?: DeploymentSource;
  now?: () => Date;
  /** The inactivity clock (default performance.now); tests pass a fake one. */
  monotonic?: () => number;
  /** Overrides the settings' lock period (the end-to-end tests shorten it to seconds). */
  lockAfterMs?: number;
};

/** How long a sign-in waits for the platform before it falls back to the offline cache. */
const SIGN_IN_TIMEOUT_MS = 5_000;

export type Core = {
  handlers: Handlers;
  events: EventBus;
  db: Db;
  /** The thread that checkpoints the cache's WAL (tests settle it to see a checkpoint happen). */
  checkpoints: Checkpoints;
  sync: SyncService;
  /** The device's session: hosts never touch it; tests start one through auth/test-session.ts. */
  session: SessionHolder;
  close: () => void;
};

export { DATABASE_FILE };

/** Opens (and migrates, and on first start seeds) the cache and assembles every domain's handlers. */
export function createCore(options: CoreOptions): Result<Core> {
  const now = options.now ?? (() => new Date());
  const training = options.training ?? false;
  if (training && !hasDemoData(options.resourcesDir))
    return err('TRAINING_DATA_MISSING', trainingDataMissing);
  const dataDir = trainingDataDir(options.dataDir, training);
  const withDemo = training || (options.withDemo ?? true);
  const opened = openCache(
    dataDir,
    options.cacheKey,
    options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
  );
  if (!opened.ok) return opened;
  const db = opened.value;
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    return migrated;
  }
  // A pull interrupted while it deferred the name index and the secondary indexes leaves them to be rebuilt now.
  restoreSearchIndex(db);
  seedIfEmpty(db, options.resourcesDir, now(), withDemo);
  // After the seed, so the recorded head is the log's head at start; a broken chain is reported, never fatal.
  checkAuditChain(db, now());
  // From here on no call's commit copies the WAL back into the database: a thread of its own does (checkpoints.ts).
  const checkpoints = startCheckpoints(db, {
    file: join(dataDir, DATABASE_FILE),
    key: options.cacheKey,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  const events = createEventBus();
  const rules = createRules(db, options.resourcesDir);
  const settings = createSettingsService(db, {
    staleAfterHours: rules.current().checkPolicy.defaultStaleAfterHours,
  });
  const deployment = options.deployment ?? null;
  // The deployment's default 受理单位 fills settings nobody has filled; an enrolment's unit still wins (adoptUnit).
  if (deployment?.config?.unit) settings.adoptDefaultUnit(deployment.config.unit);
  if (options.platform !== undefined && options.platform !== null) writePlatformTarget(db, options.platform);
  const connectivity = createConnectivity(
    () => readPlatformTarget(db),
    now,
    events,
    (health) => rememberPlatformKind(db, health),
  );
  const fileStore = createFileStore(join(dataDir, 'files'));
  const sync = createSyncService({
    db,
    dbFile: join(dataDir, DATABASE_FILE),
    cacheKey: options.cacheKey,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    now,
    events,
    connectivity,
    workerScript: options.syncWorkerScript ?? null,
    demoPlatform: options.demoPlatform ?? false,
    training,
    platform: options.platform ?? null,
    files: fileStore,
    adoptUnit: (unit) =>
      void settings.update({
        department: unit.name,
        departmentCode: unit.code,
        districtCode: unit.districtCode,
      }),
    ...options.syncOptions,
  });
  const stopAutoSync = sync.startAuto();
  const stopProbing = connectivity.start(options.connectivityIntervalMs);
  const session = createSession({
    now,
    monotonic: options.monotonic ?? (() => performance.now()),
    lockAfterMs: () => options.lockAfterMs ?? nextLockAt(0, settings.get().lockAfterMinutes),
    events,
    onLocked: (user) =>
      recordAuth(db, now(), {
        actor: operatorLabel(user),
        action: 'auth.lock',
        username: user.username,
        detail: { reason: 'inactivity' },
      }),
  });
  // Every call that records who acted passes the guard, so a session exists; 'system' only for a caller outside it.
  const operator = (): string => {
    const user = session.user();
    return user === null ? 'system' : operatorLabel(user);
  };
  const username = (): string | null => session.user()?.username ?? null;
  // Offline-only with the local demo data: the demo accounts sign in from the cache (resources/demo/README.md).
  if (withDemo && getMeta(db, 'demo_data') === '1')
    seedDemoCredentials(db, loadDemoUsers(options.resourcesDir), toBeijingIso(now()));
  const auth = createAuthService({
    db,
    now,
    session,
    cache: createCredentialCache(credentialStore(db), { now }),
    platform: () => {
      const target = readPlatformTarget(db);
      const token = getMeta(db, 'device_token');
      return target === null || token === null
        ? null
        : createPlatformClient({ target, token, timeoutMs: SIGN_IN_TIMEOUT_MS });
    },
    device: () => ({
      enrolled: getMeta(db, 'device_token') !== null,
      configuredPlatformUrl: sync.configured()?.url ?? null,
    }),
  });
  const files = createFilesService({ db, store: fileStore, now, operator });
  const checks = createCheckService({
    db,
    now,
    newId: randomUUID,
    rules,
    settings: settings.get,
    operator,
    events,
    files,
    offline: () => connectivity.status().state !== 'online',
  });
  const table: Handlers = {
    ...authHandlers(auth, sync),
    ...appHandlers({
      db,
      host: options.host,
      version: options.version,
      dataDir: dataDir,
      now,
      settings,
      connectivity,
      events,
      operator,
      training,
      deployment: () =>
        deploymentInfo(
          deployment ?? { file: systemDeploymentFile(), development: false, config: null },
          sync.configured() ?? readPlatformTarget(db),
        ),
    }),
    ...subjectHandlers(db),
    ...checkHandlers(checks, queryExternalOnline({ db, checks, files })),
    ...commitmentHandlers(
      createCommitmentService({
        db,
        now,
        newId: randomUUID,
        settings: settings.get,
        operator,
        username,
        rules,
        events,
      }),
    ),
    ...filesHandlers(files),
    ...repairHandlers(
      createRepairsService({
        db,
        now,
        newId: randomUUID,
        rules,
        settings: settings.get,
        operator,
        username,
        events,
        missingFile: files.missing,
      }),
    ),
    ...syncHandlers({ db, sync, events, now, operator }),
    ...auditHandlers({ db, now, operator }),
    ...inspectionHandlers(
      createInspectionService({ db, now, newId: randomUUID, rules, operator }),
      createInspectionResultService({
        db,
        now,
        newId: randomUUID,
        operator,
        outcomes: loadInspectionOutcomes(options.resourcesDir),
      }),
    ),
    ...dashboardHandlers(
      createDashboardService({
        db,
        now,
        rules,
        dashboardRules: loadDashboardRules(options.resourcesDir),
        settings: settings.get,
      }),
    ),
    ...reportHandlers(
      createReportsService({
        db,
        now,
        settings: settings.get,
        user: session.user,
        actorOf: operatorLabel,
        rules,
        reportPolicy: loadReportPolicy(options.resourcesDir),
        missingFile: files.missing,
      }),
    ),
    ...objectionHandlers(
      createObjectionsService({
        db,
        now,
        newId: randomUUID,
        rules,
        settings: settings.get,
        operator,
        username,
        events,
        missingFile: files.missing,
      }),
    ),
    ...objectionDocumentHandlers({ db, now, operator, find: findDocumentSubject(db) }),
  };
  // Both hosts bind exactly these handlers: the role of every channel is enforced here, not only in the UI.
  const handlers = guardHandlers(table, session);
  return ok({
    handlers,
    events,
    db,
    checkpoints,
    sync,
    session,
    close: () => {
      session.dispose();
      stopProbing();
      stopAutoSync();
      checkpoints.stop();
      db.close();
    },
  });
}
