// 《河南省社会信用条例》: a natural person's penalty under 简易程序 is no basis for 联合惩戒. Through the real core
// (admin signed in, who may call every channel): the check leaves it out of its evidence, it never bars the
// commitment route, and the public credit report does not print it; the same penalty under 普通程序 does all three.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMeta } from '../app/meta.repo';
import { makeCitizenId, makeRecord, makeSubject, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';

const personOf = (id: string, name: string, sequence: string) =>
  makeSubject(id, name, makeCitizenId('410402', '19880312', sequence), {
    identifierKind: 'citizen-id',
    kind: 'natural-person',
    legalRepresentative: null,
    registeredOn: null,
  });
const simple = personOf('s-simple', '李秀兰', '452');
const ordinary = personOf('s-ordinary', '王建军', '473');

const seriousPenalty = (id: string, subjectId: string, procedure: 'simple' | 'ordinary') =>
  makeRecord(id, subjectId, {
    title: '行政处罚：罚款',
    severity: 'serious',
    procedure,
    decisionOn: '2026-09-01',
    publicationEndsOn: null,
    sourceDepartment: '平顶山市城市管理局',
  });

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false, clock: { now: new Date('2026-11-27T02:00:00Z') } });
  seedRegistry(core.db, {
    subjects: [simple, ordinary],
    records: [
      seriousPenalty('r-simple', simple.id, 'simple'),
      makeRecord('r-licence', simple.id, { category: 'license', title: '行政许可', publicationEndsOn: null }),
      seriousPenalty('r-ordinary', ordinary.id, 'ordinary'),
    ],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

const check = async (identifier: string) => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: 'PDS-2026-0001', matterCode: 'PDS-XK-001' },
    applicant: { by: 'identifier', raw: identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const report = async (subjectId: string) => {
  const name = core.db.prepare('SELECT name FROM subjects WHERE id = ?').pluck().get(subjectId) as string;
  const issued = await core.handlers['reports:issue']({
    subjectId,
    purpose: '资格审查',
    caseNumber: 'BG-1',
    // A natural person's report needs the person's 授权 (rule 12): here, present with the ID card.
    authorisation: { method: 'in-person', personName: name, idCardChecked: true },
  });
  if (!issued.ok) throw new Error(issued.error.message);
  return issued.value.report;
};

describe('a natural person’s 简易程序 penalty is no basis', () => {
  it('is left out of the check’s evidence and does not bar the commitment route', async () => {
    const result = await check(simple.identifier);
    expect(result.records.map((record) => record.id)).toEqual(['r-licence']);
    expect(result.commitmentRoute).toEqual({ allowed: true, reasons: [], barredTypes: [] });
    // The same serious penalty under 普通程序 is evidence and bars the route.
    const other = await check(ordinary.identifier);
    expect(other.records.map((record) => record.id)).toEqual(['r-ordinary']);
    expect(other.commitmentRoute).toMatchObject({ allowed: false, reasons: [{ code: 'barred-record' }] });
  });

  it('does not bar a 告知承诺 either when the clerk records one', async () => {
    const prepared = await core.handlers['commitments:prepare']({
      identifier: simple.identifier,
      madeOn: '2026-11-27',
    });
    expect(prepared.ok && prepared.value.route).toEqual({ allowed: true, reasons: [], barredTypes: [] });
  });

  it('is not printed in the public credit report, which counts only what it prints', async () => {
    const printed = await report(simple.id);
    const administration = printed.sections.find((section) => section.key === 'administration');
    expect(administration?.tables.map((table) => table.rows.map((row) => row.id))).toEqual([
      ['r-licence'],
      [],
    ]);
    expect(JSON.stringify(printed)).not.toContain('r-simple');
    const other = await report(ordinary.id);
    const rows = other.sections.find((section) => section.key === 'administration')?.tables[1]?.rows ?? [];
    expect(rows.map((row) => row.id)).toEqual(['r-ordinary']);
  });
});
