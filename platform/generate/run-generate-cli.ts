// `npm run platform -- --generate --scale S [--seed N]`: generates a synthetic city into the platform's database
// and prints one line with the counts and the time taken.
import { openPlatformDb } from '../db/open-platform-db';
import { seedIfEmpty } from '../registry/seed';
import { generateCity, type GenerateSummary } from './generate-city';

export type GenerateCliOptions = {
  dataDir: string;
  scale: number;
  seed?: number;
  /**
   * resources/ of the project. When given, a database that has never held registry data first gets the
   * catalogue (and the demo data in demo mode, withDemo), exactly as on the server's first start: list
   * entries need the list types, and a later server start would otherwise skip its first-start seed.
   */
  resourcesDir?: string;
  withDemo?: boolean;
  /** Where the summary line goes; stdout by default. */
  print?: (line: string) => void;
  /** Where progress lines go; stderr by default. */
  progress?: (line: string) => void;
};

export const summaryLine = (summary: GenerateSummary): string => {
  const rows = summary.subjects + summary.listEntries + summary.creditRecords + summary.grades;
  const perSecond = Math.round(rows / Math.max(summary.seconds, 0.001));
  const skipped = summary.skippedSubjects > 0 ? `，跳过已存在代码 ${summary.skippedSubjects} 个` : '';
  return (
    `合成城市已生成：主体 ${summary.subjects}，名单条目 ${summary.listEntries}，信用记录 ${summary.creditRecords}，` +
    `信用评价结果 ${summary.grades}` +
    `（种子 ${summary.seed}，规模 ${summary.scale}，用时 ${summary.seconds.toFixed(1)} 秒，约 ${perSecond} 行/秒${skipped}）`
  );
};

export function runGenerateCli(options: GenerateCliOptions): GenerateSummary {
  const db = openPlatformDb(options.dataDir);
  try {
    if (options.resourcesDir !== undefined) seedIfEmpty(db, options.resourcesDir, options.withDemo ?? false);
    const summary = generateCity(db, {
      scale: options.scale,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.progress === undefined ? {} : { progress: options.progress }),
    });
    (options.print ?? console.log)(summaryLine(summary));
    return summary;
  } finally {
    db.close();
  }
}
