/** Which database a platform on `dataDir` uses, for the platform-pg test project: a database of its own. */
export type DatabaseUrlResolver = (dataDir: string) => string | undefined;

let testResolver: DatabaseUrlResolver | null = null;

/**
 * For the test harness only (platform/testing/pg-platform-setup.ts): gives each data directory a PostgreSQL
 * database of its own, so every platform test that opens the platform through the common helpers runs on
 * PostgreSQL. null restores the normal selection.
 */
export function setDatabaseUrlResolver(resolver: DatabaseUrlResolver | null): void {
  testResolver = resolver;
}

/**
 * The PostgreSQL address the platform on `dataDir` runs on, or undefined for SQLite in the data directory (the
 * default). The CLI's --database sets PLATFORM_DATABASE_URL (platform/main.ts), so both reach here.
 */
export function platformDatabaseUrl(dataDir: string): string | undefined {
  const url = testResolver?.(dataDir) ?? process.env.PLATFORM_DATABASE_URL;
  return url === undefined || url.trim() === '' ? undefined : url;
}
