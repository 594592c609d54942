import { err, ok, type Result } from '../../shared/result';
import type { Db } from './connection';

export type Migration = {
  /** 1, 2, 3 … in order, never renumbered, never edited once released: append a new one instead. */
  version: number;
  name: string;
  up: (db: Db) => void;
};

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the database to the newest version this app knows, each migration in its own transaction together
 * with its user_version bump. A database written by a newer app is refused, never touched.
 */
export function migrate(db: Db, migrations: readonly Migration[]): Result<{ from: number; to: number }> {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} is out of order`);
  });
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) {
    return err(
      'DB_NEWER_THAN_APP',
      `本地数据库版本（${from}）高于本程序支持的版本（${latest}），可能由更新版本的程序创建。请升级本程序后再打开，数据未作任何改动。`,
      { databaseVersion: from, appVersion: latest },
    );
  }
  for (const migration of migrations.slice(from)) {
    // Immediate, the version read again inside: two platform processes starting together on one file migrate
    // it once; the second waits for the first's write lock and then finds the migration applied.
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return ok({ from, to: latest });
}
