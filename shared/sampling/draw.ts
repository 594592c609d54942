import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { chooseWithoutReplacement, PRNG_ALGORITHM, SEED_PATTERN, seededRandom } from './prng';
import { drawCount, InspectionRatios, ratioRange, UNGRADED } from './ratios';

/**
 * The draw, step by step (with the random source of prng.ts, one source for the whole draw):
 *
 * 1. Each subject falls in the table entry of its grade; a subject with no grade, or a grade the table does not
 *    list, falls in `ungraded` (the latter are reported in `unmatchedGrades`).
 * 2. Entries are taken in the table's order. In each, the subjects are sorted by id (UTF-16 code-unit order, as
 *    JavaScript's default sort; input order never matters), the count is {@link drawCount} of the population and
 *    the ratio used, and that many are chosen by partial Fisher–Yates.
 * 3. The ratio used is the caller's chosen ratio for the grade when given (it must lie within the entry's range),
 *    otherwise the range's max (a fixed ratio is its own max).
 * 4. Then inspectors: `picked` is listed in table order, then by subject id; in that order, each subject gets
 *    `inspectorsPerSubject` inspectors chosen by partial Fisher–Yates from its eligible inspectors sorted by id —
 *    all inspectors, or the subject's own `inspectorIds` when given (a city-wide draw where each district has its
 *    own roster) — never the same inspector twice for one subject. Each subject's choice is a fresh one, so the
 *    pairs differ from subject to subject.
 */
export const DRAW_ALGORITHM = `${PRNG_ALGORITHM}/fisher-yates-by-id/ceil`;

export type InspectionSubject = {
  id: string;
  grade: string | null;
  /**
   * The inspectors who may inspect this subject (ids of `inspectors`), when they are not all of them — e.g. only
   * those whose regions cover the subject's district. Absent: every inspector of the request.
   */
  inspectorIds?: readonly string[];
};
export type InspectionInspector = { id: string };

export type DrawRequest = {
  /** The recorded seed (printable ASCII, 1–200 characters); the caller makes it from a secure random source. */
  seed: string;
  /** The candidates, already chosen by region and matter. */
  subjects: readonly InspectionSubject[];
  /** The inspector pool (执法检查人员名录库), already chosen by region and matter. */
  inspectors: readonly InspectionInspector[];
  ratios: InspectionRatios;
  inspectorsPerSubject: number;
  /** A ratio per grade code, within that grade's range; grades not given use the range's max. */
  chosenRatios?: Readonly<Record<string, number>>;
};

export const PickedSubject = z.object({
  subjectId: z.string(),
  /** The table entry the subject was drawn in (`ungraded` when it has no grade the table knows). */
  grade: z.string(),
  /** The grade recorded on the subject, as given. */
  subjectGrade: z.string().nullable(),
  inspectorIds: z.array(z.string()),
});
export type PickedSubject = z.infer<typeof PickedSubject>;

export const GradeDraw = z.object({
  grade: z.string(),
  label: z.string(),
  population: z.number().int().nonnegative(),
  ratio: z.number().min(0).max(1),
  drawn: z.number().int().nonnegative(),
});
export type GradeDraw = z.infer<typeof GradeDraw>;

/** A draw as recorded and published: with the seed, the inputs and the algorithm, anyone can redo it. */
export const InspectionDraw = z.object({
  seed: z.string(),
  algorithm: z.string(),
  ratiosVersion: z.string(),
  inspectorsPerSubject: z.number().int().positive(),
  picked: z.array(PickedSubject),
  perGrade: z.array(GradeDraw),
  /** Grades found on subjects but not in the table; those subjects were drawn as `ungraded`. */
  unmatchedGrades: z.array(z.string()),
});
export type InspectionDraw = z.infer<typeof InspectionDraw>;

/** 0.07 → "7%", without binary artefacts. */
export const percent = (ratio: number): string => `${Math.round(ratio * 10_000) / 100}%`;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice].sort(byCodeUnits);
}

/** Subjects whose own eligible inspectors are unknown ids, repeated, or too few for `perSubject`. */
function eligibilityProblems(request: DrawRequest, perSubject: number): string[] {
  const known = new Set(request.inspectors.map((inspector) => inspector.id));
  const problems: string[] = [];
  const short: string[] = [];
  for (const subject of request.subjects) {
    if (subject.inspectorIds === undefined) continue;
    const unknown = subject.inspectorIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      problems.push(`检查对象 ${subject.id} 的检查人员不在名录中：${unknown.join('、')}`);
    if (duplicates(subject.inspectorIds).length > 0) problems.push(`检查对象 ${subject.id} 的检查人员重复`);
    else if (subject.inspectorIds.length < perSubject) short.push(subject.id);
  }
  if (short.length > 0)
    problems.push(`以下检查对象可选的检查人员不足 ${perSubject} 人：${short.sort(byCodeUnits).join('、')}`);
  return problems;
}

/** Everything wrong with a request, in Chinese, for the supervisor; empty when it can be drawn. */
function requestProblems(request: DrawRequest, table: InspectionRatios): string[] {
  const problems: string[] = [];
  if (!SEED_PATTERN.test(request.seed))
    problems.push('随机种子只能由英文字母、数字和符号组成，1–200 个，不含空格和汉字');
  const perSubject = request.inspectorsPerSubject;
  if (!Number.isInteger(perSubject) || perSubject < 1) problems.push('每个检查对象的检查人员数须为正整数');
  else if (request.inspectors.length < perSubject)
    problems.push(
      `检查人员不足：每个检查对象需 ${perSubject} 人，名录中只有 ${request.inspectors.length} 人`,
    );
  if (request.subjects.some((subject) => subject.id === '')) problems.push('检查对象缺少编号');
  problems.push(...eligibilityProblems(request, perSubject));
  if (request.inspectors.some((inspector) => inspector.id === '')) problems.push('检查人员缺少编号');
  const twiceSubjects = duplicates(request.subjects.map((subject) => subject.id));
  if (twiceSubjects.length > 0) problems.push(`检查对象重复：${twiceSubjects.join('、')}`);
  const twiceInspectors = duplicates(request.inspectors.map((inspector) => inspector.id));
  if (twiceInspectors.length > 0) problems.push(`检查人员重复：${twiceInspectors.join('、')}`);
  for (const [grade, chosen] of Object.entries(request.chosenRatios ?? {})) {
    const entry = table.grades.find((candidate) => candidate.grade === grade);
    if (entry === undefined) {
      problems.push(`抽查比例表中没有等级 ${grade}`);
      continue;
    }
    const { min, max } = ratioRange(entry.ratio);
    if (!Number.isFinite(chosen) || chosen < min || chosen > max)
      problems.push(`等级 ${entry.label} 的抽查比例须在 ${percent(min)}–${percent(max)} 之间`);
  }
  return problems;
}

/** Draws subjects by credit grade and inspectors for each, reproducibly from `seed` (see the steps above). */
export function drawInspection(request: DrawRequest): Result<InspectionDraw> {
  const parsed = InspectionRatios.safeParse(request.ratios);
  if (!parsed.success) return err('RULES_INVALID', '抽查比例表不符合格式', parsed.error.issues);
  const table = parsed.data;
  const problems = requestProblems(request, table);
  if (problems.length > 0) return err('BAD_REQUEST', problems.join('；'), problems);

  const known = new Set(table.grades.map((entry) => entry.grade));
  const unmatched = new Set<string>();
  const members = new Map<string, InspectionSubject[]>(table.grades.map((entry) => [entry.grade, []]));
  for (const subject of request.subjects) {
    const stratum = subject.grade !== null && known.has(subject.grade) ? subject.grade : UNGRADED;
    if (subject.grade !== null && !known.has(subject.grade)) unmatched.add(subject.grade);
    members.get(stratum)?.push(subject);
  }

  const random = seededRandom(request.seed);
  const perGrade: GradeDraw[] = [];
  const chosenSubjects: { subject: InspectionSubject; grade: string }[] = [];
  for (const entry of table.grades) {
    const population = (members.get(entry.grade) ?? []).sort((a, b) => byCodeUnits(a.id, b.id));
    const ratio = request.chosenRatios?.[entry.grade] ?? ratioRange(entry.ratio).max;
    const drawn = chooseWithoutReplacement(random, population, drawCount(population.length, ratio));
    perGrade.push({
      grade: entry.grade,
      label: entry.label,
      population: population.length,
      ratio,
      drawn: drawn.length,
    });
    drawn
      .sort((a, b) => byCodeUnits(a.id, b.id))
      .forEach((subject) => chosenSubjects.push({ subject, grade: entry.grade }));
  }

  const allInspectorIds = request.inspectors.map((inspector) => inspector.id).sort(byCodeUnits);
  const picked = chosenSubjects.map(({ subject, grade }) => ({
    subjectId: subject.id,
    grade,
    subjectGrade: subject.grade,
    inspectorIds: chooseWithoutReplacement(
      random,
      subject.inspectorIds === undefined ? allInspectorIds : [...subject.inspectorIds].sort(byCodeUnits),
      request.inspectorsPerSubject,
    ),
  }));

  return ok({
    seed: request.seed,
    algorithm: DRAW_ALGORITHM,
    ratiosVersion: table.version,
    inspectorsPerSubject: request.inspectorsPerSubject,
    picked,
    perGrade,
    unmatchedGrades: [...unmatched].sort(byCodeUnits),
  });
}
