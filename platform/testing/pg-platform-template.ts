import type { TestProject } from 'vitest/node';
import { openPgDatabase } from '../db/pg/engine';
import { migratePg } from '../db/pg/engine-migrate';
import { platformPgMigrations } from '../db/pg/migrations';

/** The platform's schema, migrated once for the run; every platform test's database is a copy of it. */
export const PG_PLATFORM_TEMPLATE = 'ccw_platform_template';

declare module 'vitest' {
  // Declaration merging: vitest's ProvidedContext is an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pgPlatformTemplate: string | null;
  }
}

/**
 * Vitest global setup of the platform-pg project, after pg-global-setup.ts (which starts the cluster): makes
 * the platform template database with the PostgreSQL migrations (platform/db/pg/migrations), so each test's
 * database is a fast copy of an already migrated one.
 */
export async function setup(project: TestProject): Promise<void> {
  const pg = project.getProvidedContext().pg;
  if (!pg.available) {
    project.provide('pgPlatformTemplate', null);
    return;
  }
  const admin = openPgDatabase(pg.adminUrl);
  try {
    admin.exec(`CREATE DATABASE ${PG_PLATFORM_TEMPLATE} TEMPLATE ${pg.template}`);
    const url = new URL(pg.adminUrl);
    url.pathname = `/${PG_PLATFORM_TEMPLATE}`;
    const db = openPgDatabase(url.toString());
    try {
      migratePg(db, platformPgMigrations);
    } finally {
      db.close();
    }
    admin.exec(`ALTER DATABASE ${PG_PLATFORM_TEMPLATE} IS_TEMPLATE true`);
  } finally {
    admin.close();
  }
  project.provide('pgPlatformTemplate', PG_PLATFORM_TEMPLATE);
  await Promise.resolve();
}
