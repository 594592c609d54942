// Records: licences, penalties and other credit records of a subject.
import type { CreditRecord, Subject } from '../../shared/domain/subject.ts';
import { AS_OF } from './config.ts';
import { industryOfSubject, nextRecordId, records, shopOfSubject } from './data-set.ts';
import {
  addYears,
  departmentOf,
  maxDate,
  minDate,
  penaltyClassOf,
  prefixOf,
  regionOf,
  yearOf,
  type LicenceTemplate,
  type Penalty,
} from '../../platform/generate/synthetic/index.ts';
import { docNumber } from './document-numbers.ts';
import { between, chance, int, pick } from './draws.ts';

export function addLicence(subject: Subject, template: LicenceTemplate, decisionOn: string): void {
  const r = regionOf(subject.regionCode);
  records.push({
    id: nextRecordId(),
    subjectId: subject.id,
    category: 'license',
    title: template.title,
    content: `准予行政许可：核发${template.certificate}；有效期至${addYears(decisionOn, 5)}。`,
    sourceDepartment: departmentOf(template, r),
    decisionNumber: docNumber(prefixOf(template, r), yearOf(decisionOn)),
    decisionOn,
    publicationEndsOn: null,
    status: 'published',
  });
}

const REPAIRED_EVERY = 12;
let penaltiesStillPublished = 0;
export function addPenalty(
  subject: Subject,
  template: Penalty,
  decisionOn: string,
  fixed: {
    decisionNumber?: string;
    publicationYears?: number;
    status?: CreditRecord['status'];
    severity?: NonNullable<CreditRecord['severity']>;
  } = {},
): CreditRecord {
  const r = regionOf(subject.regionCode);
  const publicationEndsOn = addYears(decisionOn, fixed.publicationYears ?? int(1, 3));
  // Publication stops automatically at the end of its period, whatever else happened; of the rest, every
  // REPAIRED_EVERY-th ordinary penalty has been repaired (信用修复) before its end.
  let status: CreditRecord['status'] = fixed.status ?? 'published';
  if (publicationEndsOn <= AS_OF) status = 'unpublished';
  else if (fixed.status === undefined && (penaltiesStillPublished += 1) % REPAIRED_EVERY === 0)
    status = 'repaired';
  const sanction = pick(template.sanctions);
  // 失信程度 and 处罚程序 as a department would report them (synthetic: penaltyClassOf).
  const reported = penaltyClassOf(sanction, subject.kind === 'natural-person');
  const record: CreditRecord = {
    id: nextRecordId(),
    subjectId: subject.id,
    category: 'penalty',
    title: `行政处罚：${template.act}`,
    content: `违法行为：${template.act}。依据${template.law}，处罚内容：${sanction}。`,
    sourceDepartment: departmentOf(template, r),
    decisionNumber: fixed.decisionNumber ?? docNumber(prefixOf(template, r), yearOf(decisionOn)),
    decisionOn,
    publicationEndsOn,
    status,
    // The grade the deciding authority gave (demo): penalties behind a serious-failure listing are 严重.
    severity: fixed.severity ?? reported.severity,
    domain: template.domain,
    // A penalty behind a listing is never one decided on the spot.
    procedure: fixed.severity === undefined ? reported.procedure : 'ordinary',
  };
  records.push(record);
  return record;
}

export function addOtherRecord(
  subject: Subject,
  category: CreditRecord['category'],
  title: string,
  content: string,
  sourceDepartment: string,
  decisionOn: string,
  decisionNumber: string | null = null,
  publicationEndsOn: string | null = null,
  status: CreditRecord['status'] = 'published',
): void {
  records.push({
    id: nextRecordId(),
    subjectId: subject.id,
    category,
    title,
    content,
    sourceDepartment,
    decisionNumber,
    decisionOn,
    publicationEndsOn,
    status,
  });
}

/** Ordinary licences and penalties of an enterprise or a shop, all after it was registered. */
export function addRoutineRecords(subject: Subject, licenceRate: number, penaltyRate: number): void {
  const industry = industryOfSubject.get(subject.id);
  const shop = shopOfSubject.get(subject.id);
  const licences = industry?.licences ?? shop?.licences ?? [];
  const penalties = industry?.penalties ?? shop?.penalties ?? [];
  const from = maxDate(subject.registeredOn ?? '2018-01-01', '2018-01-01');
  const to = subject.status === 'active' ? AS_OF : minDate(AS_OF, '2023-12-31');
  if (from >= to) return;
  for (const template of licences) if (chance(licenceRate)) addLicence(subject, template, between(from, to));
  const penaltyFrom = maxDate(from, '2020-01-01');
  if (penaltyFrom >= to) return;
  const count = chance(penaltyRate) ? (chance(0.25) ? 2 : 1) : 0;
  for (let i = 0; i < count && penalties.length > 0; i += 1) {
    // Recent decisions are more frequent: most penalties are still being published.
    const decisionOn = chance(0.8)
      ? between(maxDate(penaltyFrom, '2024-06-01'), to)
      : between(penaltyFrom, to);
    addPenalty(subject, pick(penalties), decisionOn);
  }
}
