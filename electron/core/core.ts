import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/domain/app';
import { err, ok, type Result } from '../../shared/result';
import { appHandlers } from './app/app.handlers';
import { createConnectivity } from './app/connectivity';
import { loadCheckPolicy } from './app/resources';
import { seedIfEmpty } from './app/seed';
import { createSettingsService } from './app/settings.service';
import { checkHandlers } from './check/check.handlers';
import { commitmentHandlers } from './commitments/commitments.handlers';
import { createCommitmentService } from './commitments/commitments.service';
import { createCheckService } from './check/check.service';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { migrations } from './db/migrations';
import { restoreSearchIndex } from './db/search-index';
import { createRules } from './rules/rules';
import { createEventBus, type EventBus } from './events';
import { createFileStore } from './files/file-store';
import { filesHandlers } from './files/files.handlers';
import { createFilesService } from './files/files.service';
import type { Handlers } from './ipc/handlers';
import { repairHandlers } from './repairs/repairs.handlers';
import { createRepairsService } from './repairs/repairs.service';
import { subjectHandlers } from './subjects/subjects.handlers';
import { syncHandlers } from './sync/sync.handlers';
import { createSyncService, type SyncDeps, type SyncService } from './sync/sync.service';
import { getMeta, setMeta } from './app/meta.repo';
import { checkAuditChain } from './audit/chain-status';

export type CoreOptions = {
  dataDir: string;
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  /** better-sqlite3 build for the Electron ABI; Node's own build when absent. */
  nativeBinding?: string;
  /** A platform to use (an environment setting or the embedded one); otherwise the enrolled one, if any. */
  platformUrl?: string | null;
  /** True when the host started the reference platform itself (embedded default). */
  embeddedPlatform?: boolean;
  /** dist/sync/sync-worker.cjs; without it the bulk sync runs inline (unit tests). */
  syncWorkerScript?: string | null;
  /** How often to probe the platform (default 15 s; the end-to-end tests shorten it). */
  connectivityIntervalMs?: number;
  /** Sync timing for tests. */
  syncOptions?: Pick<SyncDeps, 'pageSize' | 'pushChunkSize' | 'timeoutMs' | 'retry' | 'verifyEveryMs'>;
  /** Load the demo data set into an empty cache (default true). */
  withDemo?: boolean;
  now?: () => Date;
};

export type Core = {
  handlers: Handlers;
  events: EventBus;
  db: Db;
  sync: SyncService;
  close: () => void;
};

export const DATABASE_FILE = 'cache.sqlite3';

/** Opens (and migrates, and on first start seeds) the cache and assembles every domain's handlers. */
export function createCore(options: CoreOptions): Result<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  let db: Db;
  try {
    db = openDatabase(
      join(options.dataDir, DATABASE_FILE),
      options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
    );
  } catch (error) {
    return err(
      'DB_OPEN_FAILED',
      `无法打开本地数据库：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    return migrated;
  }
  // A pull interrupted while it deferred the name index leaves it to be rebuilt now.
  restoreSearchIndex(db);
  const policy = loadCheckPolicy(options.resourcesDir);
  seedIfEmpty(db, options.resourcesDir, now(), options.withDemo ?? true);
  // After the seed, so the recorded head is the log's head at start; a broken chain is reported, never fatal.
  checkAuditChain(db, now());
  const events = createEventBus();
  const settings = createSettingsService(db, { staleAfterHours: policy.defaultStaleAfterHours });
  if (options.platformUrl !== undefined && options.platformUrl !== null)
    setMeta(db, 'platform_url', options.platformUrl);
  const connectivity = createConnectivity(() => getMeta(db, 'platform_url'), now, events);
  const fileStore = createFileStore(join(options.dataDir, 'files'));
  const sync = createSyncService({
    db,
    dbFile: join(options.dataDir, DATABASE_FILE),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    now,
    events,
    connectivity,
    workerScript: options.syncWorkerScript ?? null,
    embedded: options.embeddedPlatform ?? false,
    files: fileStore,
    ...options.syncOptions,
  });
  const stopAutoSync = sync.startAuto();
  const stopProbing = connectivity.start(options.connectivityIntervalMs);
  const rules = createRules(db, options.resourcesDir);
  const checks = createCheckService({
    db,
    now,
    newId: randomUUID,
    policy,
    rules,
    settings: settings.get,
    events,
    offline: () => connectivity.status().state !== 'online',
  });
  const files = createFilesService({ db, store: fileStore, now });
  const handlers: Handlers = {
    ...appHandlers({
      db,
      host: options.host,
      version: options.version,
      dataDir: options.dataDir,
      now,
      settings,
      connectivity,
      events,
    }),
    ...subjectHandlers(db),
    ...checkHandlers(checks),
    ...commitmentHandlers(
      createCommitmentService({ db, now, newId: randomUUID, settings: settings.get, rules, events }),
    ),
    ...filesHandlers(files),
    ...repairHandlers(
      createRepairsService({
        db,
        now,
        newId: randomUUID,
        rules,
        settings: settings.get,
        events,
        missingFile: files.missing,
      }),
    ),
    ...syncHandlers({ db, sync, events, now, operator: () => settings.get().operatorName }),
  };
  return ok({
    handlers,
    events,
    db,
    sync,
    close: () => {
      stopProbing();
      stopAutoSync();
      db.close();
    },
  });
}
