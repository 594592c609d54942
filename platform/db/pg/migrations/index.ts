import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * PLACEHOLDER of the engine branch (h-pg-engine) so that engine selection compiles: the PostgreSQL schema of
 * the platform is the schema branch's (h-pg-schema), whose index.ts replaces this file when the two merge.
 */
export const platformPgMigrations: readonly Migration[] = [];
