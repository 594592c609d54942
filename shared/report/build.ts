import type { Day } from '../calendar/day';
import { entryActive } from '../check/measures';
import { statusTagsOf } from '../check/verdict';
import type { Commitment } from '../domain/commitment';
import type { GradeNotice } from '../domain/grade';
import type { ReportAuthorisation } from '../domain/report';
import type { ListKind, ListType } from '../domain/catalogue';
import type { CreditRecord, ListEntry, RecordCategory, Subject } from '../domain/subject';
import {
  OBJECTION_MARK_LABEL,
  registrationStatusLabels,
  statusTagLabels,
  subjectKindLabels,
} from '../domain/labels';
import { recordIsBasis } from '../records/basis';
import type { RecordRules } from '../records/record-rules';
import { recordShown, recordPublished, windowRepairCategories } from '../repair/published';
import {
  AUTHORISATION_LABEL,
  CLOSING_TITLE,
  NOT_RECORDED,
  SUMMARY_TITLE,
  authorisationTexts,
  closingParagraphs,
  coverLabels,
  fieldLabels,
  identifierLabels,
  sectionKeys,
  sectionTitles,
  suggestionTexts,
  summaryKeys,
  standardStatement,
  summaryLabels,
} from './labels';
import { coverIdentifier, maskStrings, textMasker } from './mask';
import {
  REPORT_SCHEMA_VERSION,
  type CreditReport,
  type ReportAuthorisationNote,
  type ReportField,
  type ReportSection,
  type ReportTable,
  type SectionKey,
  type SummaryKey,
} from './model';
import type { ReportPolicy } from './policy';
import { commitmentTable, entryTable, gradeTable, recordTable, type TypedEntry } from './tables';

export type CreditReportInput = {
  subject: Subject;
  /** The subject's list entries (any status: only those active on `day` are printed). */
  entries: readonly ListEntry[];
  /** The catalogue's list types; an entry of a type not in it cannot be placed and is left out. */
  listTypes: readonly ListType[];
  /**
   * The subject's credit records (any status: only those shown on `day` that may act as a basis are printed —
   * a record the law says is not reported to the sharing platform is not public credit information).
   */
  records: readonly CreditRecord[];
  /** Which records are no basis (record-rules.json). */
  recordRules: RecordRules;
  /** The subject's commitments (only 可向社会公开 ones are printed). */
  commitments: readonly Commitment[];
  /**
   * The subject's grade results in force on `day` (shared/grades/current.ts gradeNotices). Only 公共信用综合评价
   * and industry grades are printed; a risk class, or a scheme the policy does not list, never is.
   */
  grades: readonly GradeNotice[];
  /** The standard followed and the title by kind of subject (resources/rules/report-policy.json). */
  policy: Pick<ReportPolicy, 'standard' | 'titles'>;
  /** The 授权 recorded for a natural person's report (the caller has checked it is there when required). */
  authorisation: ReportAuthorisation | null;
  reportNumber: string;
  /** When the local cache was last brought up to date with the platform (ISO instant). */
  dataAsOf: string;
  issuingUnit: string;
  /** The day of issue (YYYY-MM-DD), local to the service hall: publication and list terms are judged on it. */
  day: Day;
  /** Who prints it (the supervisor's display name). */
  printedBy: string;
  /**
   * Ids of the records and list entries under an open objection (异议处理中) on the day of issue: their rows are
   * marked so. Absent: none.
   */
  underObjection?: ReadonlySet<string>;
};

/** What the report may show: public information only, as of `day`. */
type PublicData = {
  entriesByKind: Record<ListKind, TypedEntry[]>;
  recordsByCategory: Record<RecordCategory, CreditRecord[]>;
  commitments: Commitment[];
};

function publicData(input: CreditReportInput): PublicData {
  const { subject, day } = input;
  const typeByCode = new Map(input.listTypes.map((listType) => [listType.code, listType]));
  const entriesByKind: PublicData['entriesByKind'] = { red: [], serious: [], abnormal: [] };
  for (const entry of input.entries) {
    const listType = typeByCode.get(entry.listType);
    if (entry.subjectId !== subject.id || listType === undefined || !entryActive(entry, day)) continue;
    entriesByKind[listType.kind].push({ entry, listType });
  }
  const recordsByCategory: PublicData['recordsByCategory'] = {
    license: [],
    penalty: [],
    honor: [],
    commitment: [],
    evaluation: [],
    judicial: [],
    other: [],
  };
  for (const record of input.records)
    if (
      record.subjectId === subject.id &&
      recordShown(record, day) &&
      recordIsBasis(input.recordRules, record, subject.kind)
    )
      recordsByCategory[record.category].push(record);
  const commitments = input.commitments.filter(
    (commitment) =>
      commitment.publicity === 'public' &&
      (commitment.subjectId === null || commitment.subjectId === subject.id),
  );
  return { entriesByKind, recordsByCategory, commitments };
}

const field = (key: keyof typeof fieldLabels, value: string | null): ReportField => ({
  key,
  label: fieldLabels[key],
  value: value === null || value.trim() === '' ? NOT_RECORDED : value,
});

function registrationFields(subject: Subject): ReportField[] {
  const identifier: ReportField = {
    key: 'identifier',
    label: identifierLabels[subject.identifierKind],
    value: coverIdentifier(subject),
  };
  const kind = field('subjectKind', subjectKindLabels[subject.kind]);
  // A natural person's register entry is the name and the masked number only: no address or other
  // personal detail is public credit information.
  if (subject.kind === 'natural-person') return [field('personName', subject.name), identifier, kind];
  return [
    field('name', subject.name),
    identifier,
    kind,
    field('legalRepresentative', subject.legalRepresentative),
    field('registeredOn', subject.registeredOn),
    field('address', subject.address),
    field('registrationStatus', registrationStatusLabels[subject.status]),
    field('regionCode', subject.regionCode),
  ];
}

/** Neutral suggestions, one per fact that can be acted on; no score, no judgement. */
function suggestions(subject: Subject, data: PublicData, day: Day): string[] {
  const result: string[] = [];
  const repairable = (record: CreditRecord) =>
    recordPublished(record, day) &&
    windowRepairCategories.includes(record.category) &&
    record.severity !== 'specific-serious';
  for (const record of data.recordsByCategory.penalty)
    if (repairable(record)) result.push(suggestionTexts.repairPenalty(record.title));
  for (const record of data.recordsByCategory.commitment)
    if (repairable(record)) result.push(suggestionTexts.repairCommitmentRecord(record.title));
  for (const { listType } of data.entriesByKind.serious)
    result.push(suggestionTexts.leaveSeriousList(listType.name));
  for (const { listType } of data.entriesByKind.abnormal)
    result.push(suggestionTexts.leaveAbnormalList(listType.name));
  for (const commitment of data.commitments) {
    const fulfilment = commitment.verification?.fulfilment;
    if (fulfilment === 'partial' || fulfilment === 'unfulfilled')
      result.push(suggestionTexts.fulfilCommitment(commitment.code));
  }
  if (result.length > 0) return result;
  return [subject.kind === 'natural-person' ? suggestionTexts.keepPerson : suggestionTexts.keep];
}

type SectionBody = { fields?: ReportField[]; tables?: ReportTable[]; paragraphs?: string[] };

function sectionBodies(input: CreditReportInput, data: PublicData): Record<SectionKey, SectionBody> {
  const { recordsByCategory: records, entriesByKind: entries } = data;
  return {
    registration: { fields: registrationFields(input.subject) },
    administration: {
      tables: [recordTable('licenses', records.license), recordTable('penalties', records.penalty)],
    },
    honours: { tables: [entryTable('redLists', entries.red), recordTable('honours', records.honor)] },
    serious: { tables: [entryTable('serious', entries.serious)] },
    abnormal: { tables: [entryTable('abnormal', entries.abnormal)] },
    commitments: {
      tables: [commitmentTable(data.commitments), recordTable('commitmentRecords', records.commitment)],
    },
    evaluation: {
      tables: [
        gradeTable(
          'publicCredit',
          input.grades.filter((grade) => grade.kind === 'public-credit'),
        ),
        gradeTable(
          'industryGrades',
          input.grades.filter((grade) => grade.kind === 'industry'),
        ),
        recordTable('evaluations', records.evaluation),
      ],
    },
    judicial: { tables: [recordTable('judicial', records.judicial)] },
    other: { tables: [recordTable('other', records.other)] },
    improvement: { paragraphs: suggestions(input.subject, data, input.day) },
  };
}

/** Each count of 信用信息概要 is the number of rows its section prints (so the two can never disagree). */
const summarySection: Record<SummaryKey, SectionKey> = {
  administration: 'administration',
  honours: 'honours',
  serious: 'serious',
  abnormal: 'abnormal',
  commitments: 'commitments',
  evaluation: 'evaluation',
  judicial: 'judicial',
  other: 'other',
};

function authorisationNote(authorisation: ReportAuthorisation | null): ReportAuthorisationNote | null {
  if (authorisation === null) return null;
  const day = authorisation.recordedAt.slice(0, 10);
  const text =
    authorisation.method === 'in-person'
      ? authorisationTexts.inPerson(authorisation.recordedBy, day)
      : authorisationTexts.document(
          authorisation.signedOn,
          authorisation.document.sha256.slice(0, 16).toUpperCase(),
          authorisation.recordedBy,
          day,
        );
  return { label: AUTHORISATION_LABEL, text };
}

/** A row under an open objection carries the mark 异议处理中 (it is still printed: the objection decides). */
const markObjected = (tables: ReportTable[], ids: ReadonlySet<string> | undefined): ReportTable[] =>
  ids === undefined || ids.size === 0
    ? tables
    : tables.map((table) => ({
        ...table,
        rows: table.rows.map((row) =>
          ids.has(row.id) ? { ...row, marks: [...row.marks, OBJECTION_MARK_LABEL] } : row,
        ),
      }));

/**
 * The public credit report (公共信用信息报告) of one subject as of `day`: public information only — records
 * shown on the day (published, or repaired with 标注 and marked 已修复), list entries active on the day,
 * commitments open to the public — with natural persons' ID numbers masked everywhere in the model.
 */
export function buildCreditReport(input: CreditReportInput): CreditReport {
  const { subject } = input;
  const data = publicData(input);
  const bodies = sectionBodies(input, data);
  const sections: ReportSection[] = sectionKeys.map((key, index) => ({
    number: index + 1,
    key,
    title: sectionTitles[key],
    fields: bodies[key].fields ?? [],
    tables: markObjected(bodies[key].tables ?? [], input.underObjection),
    paragraphs: bodies[key].paragraphs ?? [],
  }));
  const rowsOf = (key: SectionKey) =>
    sections
      .find((section) => section.key === key)
      ?.tables.reduce((count, table) => count + table.rows.length, 0) ?? 0;
  const activeKinds = new Set(
    (Object.keys(data.entriesByKind) as ListKind[]).filter((kind) => data.entriesByKind[kind].length > 0),
  );
  const report: CreditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    subjectId: subject.id,
    cover: {
      title: input.policy.titles[subject.kind],
      subjectName: subject.name,
      subjectKind: subject.kind,
      subjectKindLabel: subjectKindLabels[subject.kind],
      identifierKind: subject.identifierKind,
      identifierLabel: identifierLabels[subject.identifierKind],
      identifier: coverIdentifier(subject),
      tags: statusTagsOf(subject, activeKinds).map((code) => ({ code, label: statusTagLabels[code] })),
      reportNumber: input.reportNumber,
      dataAsOf: input.dataAsOf,
      issuingUnit: input.issuingUnit,
      issuedOn: input.day,
      printedBy: input.printedBy,
      labels: { ...coverLabels, identifier: identifierLabels[subject.identifierKind] },
      basis: standardStatement(input.policy.standard),
    },
    summary: {
      title: SUMMARY_TITLE,
      items: summaryKeys.map((key) => ({
        key,
        label: summaryLabels[key],
        count: rowsOf(summarySection[key]),
      })),
    },
    sections,
    closing: { title: CLOSING_TITLE, paragraphs: closingParagraphs(input.issuingUnit) },
    authorisation: authorisationNote(input.authorisation),
  };
  // Last, over every string: free text of records may quote ID numbers.
  return maskStrings(report, textMasker(subject));
}
