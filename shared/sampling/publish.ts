import type { InspectionDraw } from './draw';

/** Names to show, by id; an id without a name is shown as the id itself. */
export type PublishNames = {
  subjects: Readonly<Record<string, string>>;
  inspectors: Readonly<Record<string, string>>;
};

/** One row of the published list (一公开): plain data for a table, a print or an export. */
export type PublishedRow = {
  /** 1-based position in the list. */
  order: number;
  subjectId: string;
  subjectName: string;
  grade: string;
  gradeLabel: string;
  inspectorIds: string[];
  inspectorNames: string[];
};

/**
 * The rows of the 双随机 list to publish, in the draw's order (table order of grades, then subject id). Names are
 * the caller's: a natural person's name or number is masked before it reaches this function, if it must be.
 */
export function publishableList(draw: InspectionDraw, names: PublishNames): PublishedRow[] {
  const labels = new Map(draw.perGrade.map((entry) => [entry.grade, entry.label]));
  const nameOf = (table: Readonly<Record<string, string>>, id: string): string =>
    Object.hasOwn(table, id) ? (table[id] ?? id) : id;
  return draw.picked.map((pick, index) => ({
    order: index + 1,
    subjectId: pick.subjectId,
    subjectName: nameOf(names.subjects, pick.subjectId),
    grade: pick.grade,
    gradeLabel: labels.get(pick.grade) ?? pick.grade,
    inspectorIds: [...pick.inspectorIds],
    inspectorNames: pick.inspectorIds.map((id) => nameOf(names.inspectors, id)),
  }));
}
