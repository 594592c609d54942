import type { InspectionDrawRecord, PoolSubject } from '../domain/inspection';
import type { InspectionResultRecord, PublishedResultRow } from '../domain/inspection-result';
import { maskCitizenIdsInText } from '../report/mask';
import { chineseDay, dayOfBeijingIso, taskName } from './draw-list';

// 抽查结果公示 (一公开): what the inspections found, published once recorded. One wording for the page, the print,
// the export and the platform's list for the city.

export const RESULTS_TITLE = '“双随机、一公开”抽查结果公示';

/** A natural person's name in a published list: the surname and a star per other character (张**). */
export const maskPersonName = (name: string): string => {
  const chars = Array.from(name);
  return chars.length <= 1 ? name : `${chars[0] ?? ''}${'*'.repeat(chars.length - 1)}`;
};

/** Name and code as published: natural persons masked (their ID numbers were masked when the pool was recorded). */
export const publishedSubject = (subject: PoolSubject | undefined, fallbackId: string) => ({
  subjectName:
    subject === undefined
      ? fallbackId
      : subject.kind === 'natural-person'
        ? maskPersonName(subject.name)
        : subject.name,
  identifier: subject?.identifierMasked ?? '',
});

/** The current result of each subject: its entry of the highest revision. */
export function currentResults(
  entries: readonly InspectionResultRecord[],
): Map<string, InspectionResultRecord> {
  const current = new Map<string, InspectionResultRecord>();
  for (const entry of entries) {
    const held = current.get(entry.subjectId);
    if (held === undefined || entry.revision > held.revision) current.set(entry.subjectId, entry);
  }
  return current;
}

/** 检查部门: the inspectors' departments, each once, in their order. */
export const inspectingDepartments = (result: InspectionResultRecord): string =>
  [...new Set(result.inspectors.map((inspector) => inspector.department).filter((name) => name !== ''))].join(
    '、',
  );

/**
 * The rows of 抽查结果公示, in the order of the 随机抽取名单: only the subjects whose result is recorded, each with
 * its current result; 处理情况 with any citizen ID number in it masked.
 */
export function publishedResultRows(
  draw: Pick<InspectionDrawRecord, 'pool' | 'result'>,
  entries: readonly InspectionResultRecord[],
): PublishedResultRow[] {
  const current = currentResults(entries);
  const pool = new Map(draw.pool.map((subject) => [subject.id, subject]));
  const rows: PublishedResultRow[] = [];
  for (const pick of draw.result.picked) {
    const result = current.get(pick.subjectId);
    if (result === undefined) continue;
    rows.push({
      order: rows.length + 1,
      ...publishedSubject(pool.get(pick.subjectId), pick.subjectId),
      inspectedOn: result.inspectedOn,
      outcome: result.outcome.label,
      handling: maskCitizenIdsInText(result.handling ?? ''),
      department: inspectingDepartments(result),
    });
  }
  return rows;
}

/** The lines above the results list: the task, and how many drawn subjects still await a result. */
export function resultsHeader(
  draw: Pick<InspectionDrawRecord, 'number' | 'regionName' | 'matterName' | 'drawnAt'>,
  counts: { picked: number; recorded: number },
): string[] {
  const pending = counts.picked - counts.recorded;
  return [
    `抽查任务：${taskName(draw)}\u3000任务编号：${draw.number}`,
    `区划：${draw.regionName}\u3000抽查事项：${draw.matterName}\u3000抽取日期：${chineseDay(dayOfBeijingIso(draw.drawnAt))}`,
    pending === 0
      ? `随机抽取 ${counts.picked} 个检查对象，检查结果已全部录入并公示。`
      : `随机抽取 ${counts.picked} 个检查对象，已公示 ${counts.recorded} 个的检查结果，尚有 ${pending} 个待录入检查结果，录入后补充公示。`,
  ];
}

export const resultsColumns = {
  order: '序号',
  name: '主体名称',
  identifier: '统一社会信用代码/公民身份号码',
  inspectedOn: '检查日期',
  outcome: '检查结果',
  handling: '处理情况',
  department: '检查部门',
} as const;
