import type { CreditRecord, ListEntry, Subject } from '../../../shared/domain';
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from '../../../shared/identifiers/check-chars';
import type { Db } from '../../../node-shared/db/connection';
import { upsertListEntries, upsertRecords, upsertSubjects } from '../subjects/subjects.repo';

/** A valid USCC for a company in region 410400 whose organisation code starts with the 8 given characters. */
export function makeUscc(org8: string, prefix = '91410400'): string {
  const org = `${org8}${orgCodeCheckChar(org8) ?? '0'}`;
  const body = `${prefix}${org}`;
  return `${body}${usccCheckChar(body) ?? '0'}`;
}

/** The same code with its last character changed: a legacy code that fails the USCC check. */
export function breakCheckChar(uscc: string): string {
  const last = uscc.slice(-1);
  return `${uscc.slice(0, -1)}${last === '1' ? '2' : '1'}`;
}

export function makeCitizenId(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth}${sequence}`;
  return `${body}${citizenIdCheckChar(body) ?? '0'}`;
}

export function makeSubject(
  id: string,
  name: string,
  identifier: string,
  extra: Partial<Subject> = {},
): Subject {
  return {
    id,
    name,
    identifier,
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: '410402',
    legalRepresentative: '王建国',
    legalRepresentativeId: null,
    registeredOn: '2012-05-06',
    address: '平顶山市新华区建设路1号',
    status: 'active',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

export function makeEntry(
  id: string,
  subjectId: string,
  listType: string,
  extra: Partial<ListEntry> = {},
): ListEntry {
  return {
    id,
    subjectId,
    listType,
    listedOn: '2025-03-01',
    listingUnit: '平顶山市中级人民法院',
    reason: '有履行能力而拒不履行生效法律文书确定的义务',
    documentNumber: '（2025）豫04执123号',
    expiresOn: null,
    removedOn: null,
    status: 'active',
    ...extra,
  };
}

export function makeRecord(id: string, subjectId: string, extra: Partial<CreditRecord> = {}): CreditRecord {
  return {
    id,
    subjectId,
    category: 'penalty',
    title: '行政处罚',
    content: '未按规定办理变更登记，罚款5000元',
    sourceDepartment: '平顶山市市场监督管理局',
    decisionNumber: '平市监罚〔2025〕12号',
    decisionOn: '2025-06-01',
    publicationEndsOn: '2026-06-01',
    status: 'published',
    ...extra,
  };
}

export function seedRegistry(
  db: Db,
  data: { subjects: Subject[]; entries?: ListEntry[]; records?: CreditRecord[] },
): void {
  db.transaction(() => {
    upsertSubjects(db, data.subjects);
    upsertListEntries(db, data.entries ?? []);
    upsertRecords(db, data.records ?? []);
  })();
}
