import { z } from 'zod';
import { isoDate, isoDateTime } from '../domain/catalogue';
import { StatusTag } from '../domain/check';
import { IdentifierKind, SubjectKind } from '../domain/subject';
import { sectionKeys, summaryKeys } from './labels';

/**
 * The public credit report as it is printed: every word the reader sees is in the model (labels included), so
 * the renderer only lays it out, and the content hash (over canonicalReportJson) covers exactly what was printed.
 * Natural persons' ID numbers are already masked here; nothing downstream needs the full number.
 *
 * Made after 《公共信用信息报告标准（2022年版）》 (国家公共信用信息中心, 2022-09-07; resources/rules/report-policy.json):
 * its title by kind of subject and the statement that the report follows it are printed. The standard's list of
 * sections could NOT be confirmed from its primary text, so the ten sections are still those of the 信用中国
 * report V2.0 (DOMAIN.md); this is said here and in the resources' docs, not on the printed report.
 */

export const ReportNumber = z.string().regex(/^XYBG\d{21}$/, '报告编号格式不正确');

export const ReportField = z.object({ key: z.string(), label: z.string(), value: z.string() });
export type ReportField = z.infer<typeof ReportField>;

export const ReportColumn = z.object({ key: z.string(), label: z.string() });
export type ReportColumn = z.infer<typeof ReportColumn>;

export const ReportRow = z.object({
  /** The source row (credit record, list entry or commitment id), for drill-down; never printed. */
  id: z.string(),
  /** One cell per column, in column order. */
  cells: z.array(z.string()),
  /** Printed next to the row, e.g. 已修复 for a record repaired by 标注. */
  marks: z.array(z.string()),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportTable = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
  /** Printed instead of the rows when there are none. */
  emptyText: z.string(),
});
export type ReportTable = z.infer<typeof ReportTable>;

export const SectionKey = z.enum(sectionKeys);
export type SectionKey = z.infer<typeof SectionKey>;

export const SummaryKey = z.enum(summaryKeys);
export type SummaryKey = z.infer<typeof SummaryKey>;

export const ReportSection = z.object({
  /** 1–10, the printed order. */
  number: z.number().int().min(1).max(10),
  key: SectionKey,
  title: z.string(),
  fields: z.array(ReportField),
  tables: z.array(ReportTable),
  /** Free paragraphs (the suggestions of section 10). */
  paragraphs: z.array(z.string()),
});
export type ReportSection = z.infer<typeof ReportSection>;

export const SummaryItem = z.object({
  key: SummaryKey,
  label: z.string(),
  /** The number of rows the matching section prints for this count. */
  count: z.number().int().nonnegative(),
});
export type SummaryItem = z.infer<typeof SummaryItem>;

export const ReportCover = z.object({
  title: z.string(),
  subjectName: z.string(),
  subjectKind: SubjectKind,
  subjectKindLabel: z.string(),
  identifierKind: IdentifierKind,
  identifierLabel: z.string(),
  /** Masked for natural persons (and any citizen ID); the full USCC for organisations. */
  identifier: z.string(),
  tags: z.array(z.object({ code: StatusTag, label: z.string() })),
  reportNumber: ReportNumber,
  dataAsOf: isoDateTime,
  issuingUnit: z.string(),
  issuedOn: isoDate,
  printedBy: z.string(),
  /** The cover's captions (报告编号, 数据截止时间 …), keyed like the fields above. */
  labels: z.record(z.string(), z.string()),
  /** Since schema 2: the sentence saying which report standard the report follows. */
  basis: z.string().optional(),
});
export type ReportCover = z.infer<typeof ReportCover>;

/** The 授权 note printed on a natural person's report (how it was given, who recorded it). */
export const ReportAuthorisationNote = z.object({ label: z.string(), text: z.string() });
export type ReportAuthorisationNote = z.infer<typeof ReportAuthorisationNote>;

export const REPORT_SCHEMA_VERSION = 2;

export const CreditReport = z.object({
  /**
   * Bumped when the model's shape changes, so a stored hash is always checked against the right layout. 2: the
   * title by kind of subject, the standard's statement (cover.basis), the 授权 note, grade results in section 7.
   */
  schemaVersion: z.union([z.literal(1), z.literal(REPORT_SCHEMA_VERSION)]),
  /** The registry subject (for drill-down and registration); not printed. */
  subjectId: z.string(),
  cover: ReportCover,
  summary: z.object({ title: z.string(), items: z.array(SummaryItem).length(summaryKeys.length) }),
  sections: z.array(ReportSection).length(sectionKeys.length),
  closing: z.object({ title: z.string(), paragraphs: z.array(z.string()) }),
  /** Since schema 2: present (non-null) on a natural person's report. */
  authorisation: ReportAuthorisationNote.nullable().optional(),
});
export type CreditReport = z.infer<typeof CreditReport>;
