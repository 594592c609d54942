// `npm run platform -- --import-csv <file> [--department …] [--dry-run] [--json]`: imports a department's CSV
// and prints the report. Returns the exit code instead of exiting, so the caller decides how to end.
import { readFileSync } from 'node:fs';
import { openPlatformDb } from '../db/open-platform-db';
import { seedRuleTables } from '../rules/rule-tables';
import { seedIfEmpty } from '../registry/seed';
import { formatReport } from './format-report';
import { importCsv } from './import-csv';
import type { ImportReport } from './import-report';

export type ImportCliOptions = {
  dataDir: string;
  file: string;
  department?: string;
  dryRun?: boolean;
  /** Print the report as JSON (one object) instead of the table. */
  json?: boolean;
  print?: (text: string) => void;
  now?: () => Date;
  /**
   * resources/ of the project. When given, a database that has never held registry data first gets the
   * catalogue (and the demo data in demo mode, withDemo), as on the server's first start: an import into an
   * empty platform would otherwise make that first-start seed skip itself (it only seeds an empty change log).
   */
  resourcesDir?: string;
  withDemo?: boolean;
};

/**
 * 1 when the file could not be imported at all: unreadable, refused as a whole, failed while writing, or
 * every row bad. 0 otherwise, bad rows included: the good rows are in, and the report names the rest.
 */
export const exitCodeOf = (report: ImportReport): number =>
  report.failed !== undefined || (report.total > 0 && report.imported + report.unchanged === 0) ? 1 : 0;

export function runImportCli(options: ImportCliOptions): number {
  const print = options.print ?? console.log;
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failed = { code: 'file-unreadable', message: `无法读取文件 ${options.file}：${reason}` };
    print(
      options.json === true ? JSON.stringify({ failed }) : `导入失败 [${failed.code}]：${failed.message}`,
    );
    return 1;
  }
  const db = openPlatformDb(options.dataDir);
  try {
    if (options.resourcesDir !== undefined) {
      seedIfEmpty(db, options.resourcesDir, options.withDemo ?? false);
      // As at the server's start: the rule tables the import reads (record-rules) are there from the first run.
      seedRuleTables(db, options.resourcesDir, (options.now ?? (() => new Date()))());
    }
    const report = importCsv(db, bytes, {
      ...(options.department === undefined ? {} : { department: options.department }),
      ...(options.dryRun === undefined ? {} : { dryRun: options.dryRun }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    print(options.json === true ? JSON.stringify(report, null, 2) : formatReport(report, options.file));
    return exitCodeOf(report);
  } finally {
    db.close();
  }
}
