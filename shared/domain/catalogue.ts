import { z } from 'zod';
import { isoDate } from '../calendar/day';

export { isoDate };
/** ISO instant with offset, as produced by `Date.prototype.toISOString`. */
export const isoDateTime = z.string().datetime({ offset: true });

/** What a list is for: 诚实守信 (red), 严重失信 (serious failure), 经营异常 (abnormal operation). */
export const listKinds = ['red', 'serious', 'abnormal'] as const;
export const ListKind = z.enum(listKinds);
export type ListKind = z.infer<typeof ListKind>;

/** A list type such as 失信被执行人 or A级纳税人; the catalogue is data (resources/catalogue). */
export const ListType = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  kind: ListKind,
  /** The body that designates entries (认定部门). */
  authority: z.string(),
});
export type ListType = z.infer<typeof ListType>;

/** A kind of matter (行政许可, 政府采购, 招标投标 …); measures name the categories they apply to. */
export const MatterCategory = z.object({ code: z.string().min(1), name: z.string().min(1) });
export type MatterCategory = z.infer<typeof MatterCategory>;

/** One approval matter (事项) a service hall handles. */
export const Matter = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  category: z.string().min(1),
  department: z.string(),
});
export type Matter = z.infer<typeof Matter>;

export const measureDirections = ['incentive', 'punishment'] as const;
export const MeasureDirection = z.enum(measureDirections);
export type MeasureDirection = z.infer<typeof MeasureDirection>;

/**
 * Who applies a measure: the window inside the approval at hand, or the supervising department in its own
 * supervision (列为重点监管对象、提高抽查比例和频次, 第2类): those are shown to the clerk as 监管提示, outside the
 * verdict and outside the feedback duty (防止小过重惩).
 */
export const measureScopes = ['window', 'supervisory'] as const;
export const MeasureScope = z.enum(measureScopes);
export type MeasureScope = z.infer<typeof MeasureScope>;

/** A joint incentive or punishment measure attached to a list type, with its legal basis. */
export const Measure = z.object({
  code: z.string().min(1),
  listType: z.string().min(1),
  name: z.string().min(1),
  direction: MeasureDirection,
  /** Class in the national basic list, e.g. 1/2/3 for punishments; free text kept as data. */
  measureClass: z.string(),
  legalBasis: z.string().min(1),
  /** Matter categories this measure's basis covers (过惩相当: only these). */
  matterCategories: z.array(z.string()).min(1),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  /** Absent from evidence snapshots taken before it existed, when every measure was treated as the window's. */
  scope: MeasureScope.default('window'),
});
export type Measure = z.infer<typeof Measure>;

export const Catalogue = z.object({
  listTypes: z.array(ListType),
  matterCategories: z.array(MatterCategory),
  matters: z.array(Matter),
  measures: z.array(Measure),
});
export type Catalogue = z.infer<typeof Catalogue>;
