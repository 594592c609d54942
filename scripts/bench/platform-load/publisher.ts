import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedUscc } from '../../../platform/generate/synthetic/numbered-identifiers';
import { importedRecordId } from '../../../platform/import/import-ids';
import { toBeijingIso } from '../../../shared/time';
import { runCli, type PlatformCommand } from './platform-process';

/** One 失信 record the platform published: its id in the feed and when its import had committed. */
export type Publication = { recordId: string; publishedAt: number };

const DEPARTMENT = '平顶山市市场监督管理局';
const HEADER = '相对人名称,统一社会信用代码,决定文书号,类别,内容,处罚类别,决定日期,决定机关,失信程度';

/** The import's JSON report (`--json`), or null when its output is not one. */
function importReport(stdout: string): { imported?: number } | null {
  try {
    return JSON.parse(stdout) as { imported?: number };
  } catch {
    return null;
  }
}

/**
 * The city's data arriving: every few seconds a department's 行政处罚 (失信程度 严重) against a new company,
 * imported through the platform's real 数据归集 path (`--import-csv`, its own process, one transaction) and
 * so into the feed. The publication time is when the import's report arrives, i.e. after its commit.
 */
export function startPublisher(
  command: PlatformCommand,
  workDir: string,
  everySeconds: { min: number; max: number },
): { stop: () => Promise<{ publications: Publication[]; errors: Record<string, number> }> } {
  const publications: Publication[] = [];
  const errors: Record<string, number> = {};
  let stopped = false;
  let wake: () => void = () => undefined;
  const publishOne = async (n: number): Promise<void> => {
    const decision = `平市监罚〔2026〕压测${n}号`;
    const today = toBeijingIso(new Date()).slice(0, 10);
    const row = [
      `压测失信企业${n}有限公司`,
      generatedUscc('91', '410400', true, n),
      decision,
      '行政处罚',
      '未按规定履行食品安全义务，罚款人民币五万元',
      '罚款',
      today,
      DEPARTMENT,
      '严重',
    ];
    const file = join(workDir, `publication-${n}.csv`);
    writeFileSync(file, `${HEADER}\n${row.join(',')}\n`);
    const result = await runCli(command, ['--import-csv', file, '--department', DEPARTMENT, '--json']);
    const report = result.code === 0 ? importReport(result.stdout) : null;
    if (report?.imported !== 1 || result.firstOutputAt === null) {
      errors.PUBLICATION_FAILED = (errors.PUBLICATION_FAILED ?? 0) + 1;
      return;
    }
    publications.push({
      recordId: importedRecordId(decision, DEPARTMENT),
      publishedAt: result.firstOutputAt,
    });
  };
  const loop = (async () => {
    for (let n = 1; !stopped; n += 1) {
      const started = Date.now();
      await publishOne(n);
      const gap = (everySeconds.min + Math.random() * (everySeconds.max - everySeconds.min)) * 1000;
      const rest = Math.max(0, started + gap - Date.now());
      await new Promise<void>((done) => {
        const timer = setTimeout(done, rest);
        wake = () => (clearTimeout(timer), done());
      });
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await loop;
      return { publications, errors };
    },
  };
}
