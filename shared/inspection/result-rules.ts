/**
 * The rules of an inspection result (检查结果), one definition for the form, the core and the platform. Structural
 * types, so the domain schema (shared/domain/inspection-result.ts) refines itself with them without a cycle.
 */

export type ResultField =
  | 'subjectId'
  | 'inspectedOn'
  | 'inspectorIds'
  | 'substitutionReason'
  | 'outcomeCode'
  | 'handling'
  | 'correctionReason';

export type ResultIssue = { field: ResultField; message: string };

export const resultMessages = {
  handlingRequired: '检查发现问题的，请填写处理情况',
  correctionReasonRequired: '更正已录入的检查结果，请填写更正理由',
  correctionWithoutBase: '首次录入的检查结果不能标为更正',
  inspectorsRepeated: '检查人员不能重复',
  inspectorsTooFew: (count: number) => `每个检查对象的检查人员不少于 ${count} 名`,
  inspectorNotEligible: (names: string) =>
    `以下人员不在该对象可派检查人员之列（须覆盖其所在区划、可检查该类事项）：${names}`,
  substitutionReasonRequired: '实际检查人员与随机抽取的不一致，请填写更换理由',
  subjectNotDrawn: '该主体不在这次抽查的随机抽取名单中',
  inspectedBeforeDraw: (day: string) => `检查日期不能早于抽取日期（${day}）`,
  inspectedInFuture: '检查日期不能晚于今天',
} as const;

const blank = (value: string | null | undefined): boolean =>
  value === null || value === undefined || value.trim() === '';

/** What the result itself must satisfy, whatever the draw (the schema's refinement). */
export function resultIssues(result: {
  revision: number;
  correctsId: string | null;
  correctionReason: string | null;
  problemFound: boolean;
  handling: string | null;
  inspectorIds: readonly string[];
}): ResultIssue[] {
  const issues: ResultIssue[] = [];
  if (result.problemFound && blank(result.handling))
    issues.push({ field: 'handling', message: resultMessages.handlingRequired });
  if (result.revision > 1 && (result.correctsId === null || blank(result.correctionReason)))
    issues.push({ field: 'correctionReason', message: resultMessages.correctionReasonRequired });
  if (result.revision === 1 && result.correctsId !== null)
    issues.push({ field: 'correctionReason', message: resultMessages.correctionWithoutBase });
  if (new Set(result.inspectorIds).size !== result.inspectorIds.length)
    issues.push({ field: 'inspectorIds', message: resultMessages.inspectorsRepeated });
  return issues;
}

/** What a result is checked against: the stored draw (its picked subjects and each one's eligible inspectors). */
export type DrawFacts = {
  drawnOn: string;
  inspectorsPerSubject: number;
  picked: readonly { subjectId: string; inspectorIds: readonly string[] }[];
  pool: readonly { id: string; inspectorIds: readonly string[] }[];
};

/** Same people, whatever the order. */
export const sameInspectors = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * A result against its draw: the subject was drawn; at least as many distinct inspectors as the draw gave each
 * subject, every one eligible for this subject at draw time (its region and the matter's category); inspectors
 * other than the drawn ones only with a reason (a documented substitution); inspected on or after the draw day.
 * `nameOf` names an inspector in a message. The client adds "not after today"; the platform does not (the
 * window's clock decides the day).
 */
export function resultAgainstDraw(
  result: {
    subjectId: string;
    inspectorIds: readonly string[];
    substitutionReason: string | null;
    inspectedOn: string;
  },
  draw: DrawFacts,
  nameOf: (id: string) => string = (id) => id,
): ResultIssue[] {
  const pick = draw.picked.find((candidate) => candidate.subjectId === result.subjectId);
  if (pick === undefined) return [{ field: 'subjectId', message: resultMessages.subjectNotDrawn }];
  const issues: ResultIssue[] = [];
  const distinct = new Set(result.inspectorIds);
  if (distinct.size < draw.inspectorsPerSubject)
    issues.push({
      field: 'inspectorIds',
      message: resultMessages.inspectorsTooFew(draw.inspectorsPerSubject),
    });
  const eligible = new Set(draw.pool.find((subject) => subject.id === result.subjectId)?.inspectorIds ?? []);
  const outside = [...distinct].filter((id) => !eligible.has(id));
  if (outside.length > 0)
    issues.push({
      field: 'inspectorIds',
      message: resultMessages.inspectorNotEligible(outside.map(nameOf).join('、')),
    });
  if (!sameInspectors([...distinct], pick.inspectorIds) && blank(result.substitutionReason))
    issues.push({ field: 'substitutionReason', message: resultMessages.substitutionReasonRequired });
  if (result.inspectedOn < draw.drawnOn)
    issues.push({ field: 'inspectedOn', message: resultMessages.inspectedBeforeDraw(draw.drawnOn) });
  return issues;
}
