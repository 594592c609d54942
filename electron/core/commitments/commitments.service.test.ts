import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/contract/events';
import type { CommitmentDetail, CommitmentDraft, Verification } from '../../../shared/domain/commitment';
import { auditFor } from '../audit/audit.repo';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { recordsOf } from '../subjects/subjects.repo';
import {
  breakCheckChar,
  makeCitizenId,
  makeEntry,
  makeRecord,
  makeSubject,
  makeUscc,
  seedRegistry,
} from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { makeDraft } from '../testing/commitment-fixtures';

const clean = makeSubject('s-clean', '平顶山市鹰城建筑工程有限公司', makeUscc('MA50TEKT'));
const listed = makeSubject('s-listed', '平顶山市失信建材有限公司', makeUscc('MA51TEKT'));
const serious = makeSubject('s-serious', '平顶山市严重违法化工有限公司', makeUscc('MA52TEKT'));
const liar = makeSubject('s-liar', '平顶山市虚假承诺商贸有限公司', makeUscc('MA53TEKT'));
const repaired = makeSubject('s-repaired', '平顶山市已修复商贸有限公司', makeUscc('MA54TEKT'));
const person = makeSubject('s-person', '李红梅', makeCitizenId('410402', '19800512', '123'), {
  identifierKind: 'citizen-id',
  kind: 'natural-person',
});
const falseRecord = {
  category: 'commitment',
  commitmentFailure: 'false',
  title: '虚假承诺（证明事项型）',
} as const;

let core: ReturnType<typeof openTempCore>;
let events: AppEvent[];
const call = (channel: keyof Handlers, payload: unknown) => dispatch(core.handlers, channel, payload);

beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [clean, listed, serious, liar, repaired, person],
    entries: [makeEntry('e-listed', listed.id, 'DISHONEST_JUDGMENT_DEBTOR')],
    // Published on the test day (2026-11-27): a period that has ended no longer bars (recordPublished).
    records: [
      makeRecord('r-serious', serious.id, { severity: 'serious', publicationEndsOn: '2027-06-01' }),
      makeRecord('r-general', clean.id, { severity: 'general' }),
      makeRecord('r-liar', liar.id, { ...falseRecord, publicationEndsOn: '2027-06-01' }),
      makeRecord('r-repaired', repaired.id, {
        ...falseRecord,
        status: 'unpublished',
        repairOutcome: 'stop-publication',
        repairedOn: '2026-10-01',
      }),
    ],
  });
  events = [];
  core.events.subscribe((event) => events.push(event));
});
afterEach(() => core.dispose());

const create = async (draft: CommitmentDraft): Promise<CommitmentDetail> => {
  const created = await call('commitments:create', draft);
  if (!created.ok) throw new Error(created.error.message);
  return created.value as CommitmentDetail;
};

const count = (sql: string): number => core.db.prepare(sql).pluck().get() as number;

describe('commitments:prepare', () => {
  it('checks the identifier, finds the subject, tells whether the route is open and proposes a deadline', async () => {
    const prepared = await call('commitments:prepare', {
      identifier: ` ${clean.identifier.toLowerCase()} `,
      madeOn: '2026-11-27',
    });
    expect(prepared).toEqual({
      ok: true,
      value: {
        identifier: clean.identifier,
        identifierKind: 'uscc',
        subject: { id: clean.id, name: clean.name, kind: 'legal-person' },
        route: { allowed: true, reasons: [], barredTypes: [] },
        verifyBy: '2026-12-27',
      },
    });
  });

  it('refuses a code failing its check that the registry does not hold: no reason can make it do', async () => {
    const prepared = await call('commitments:prepare', {
      identifier: breakCheckChar(clean.identifier),
      madeOn: '2026-11-27',
    });
    expect(prepared).toMatchObject({ ok: false, error: { code: 'IDENTIFIER_INVALID' } });
    expect(!prepared.ok && prepared.error.message).toMatch(/告知承诺/);
  });

  it('takes a pre-2016 code failing its check character when the registry holds it (the subject’s real code)', async () => {
    const legacy = makeSubject('s-legacy', '舞钢市岱芮建材有限公司', breakCheckChar(makeUscc('MA55TEKT')));
    seedRegistry(core.db, { subjects: [legacy] });
    const prepared = await call('commitments:prepare', {
      identifier: legacy.identifier,
      madeOn: '2026-11-27',
    });
    expect(prepared).toMatchObject({
      ok: true,
      value: { identifier: legacy.identifier, subject: { id: legacy.id }, route: { allowed: true } },
    });
    const created = await create(
      makeDraft(legacy.identifier, {
        committer: { name: legacy.name, kind: 'legal-person', identifier: legacy.identifier },
      }),
    );
    expect(created.commitment).toMatchObject({ subjectId: legacy.id, identifierKind: 'uscc' });
  });
});

describe('route barring', () => {
  it.each([
    ['an active serious-failure list entry', listed, 'barred-list', /严重失信主体名单/],
    ['a published serious record', serious, 'barred-record', /严重失信/],
    ['an unrepaired false commitment', liar, 'barred-commitment', /虚假承诺且尚未信用修复/],
  ])('bars %s, with the reason, and records nothing', async (_, subject, code, message) => {
    const prepared = await call('commitments:prepare', {
      identifier: subject.identifier,
      madeOn: '2026-11-27',
    });
    expect(prepared.ok && prepared.value).toMatchObject({ route: { allowed: false, reasons: [{ code }] } });
    const refused = await call('commitments:create', makeDraft(subject.identifier));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_ROUTE_BARRED', details: [{ code }] },
    });
    expect(!refused.ok && refused.error.message).toMatch(message);
    expect(count('SELECT count(*) FROM commitments')).toBe(0);
    expect(count('SELECT count(*) FROM outbox')).toBe(0);
  });

  it('lets through a repaired false commitment, a general record and a committer not in the registry', async () => {
    await create(makeDraft(repaired.identifier));
    await create(makeDraft(clean.identifier));
    const stranger = await create(makeDraft(makeUscc('MA99NUNE')));
    expect(stranger.commitment.subjectId).toBeNull();
    expect(count('SELECT count(*) FROM commitments')).toBe(3);
  });
});

describe('commitments:create', () => {
  it('issues a code, stores version 1, queues it for the platform and audits it in one go', async () => {
    const detail = await create(makeDraft(clean.identifier));
    const { commitment } = detail;
    expect(commitment.code).toMatch(/^41040020261127000\d{3}$/);
    expect(commitment).toMatchObject({
      state: 'pending',
      version: 1,
      subjectId: clean.id,
      identifierKind: 'uscc',
      operator: '系统管理员（admin）',
      verification: null,
    });
    expect(detail).toMatchObject({ matterName: '建筑工程施工许可证核发', due: 'open', conflicts: [] });
    const outbox = core.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'commitment.created'")
      .pluck()
      .all() as string[];
    expect(outbox.map((payload) => JSON.parse(payload) as unknown)).toEqual([commitment]);
    expect(auditFor(core.db, 'commitment', commitment.id)).toMatchObject([
      {
        action: 'commitment.create',
        caseNumber: 'PDS-2026-0101',
        purpose: 'PDS-XK-001 建筑工程施工许可证核发',
      },
    ]);
    expect(events).toContainEqual({ type: 'workflow-changed', area: 'commitments' });
    const again = await call('commitments:get', { id: commitment.id });
    expect(again).toEqual({ ok: true, value: detail });
  });

  it.each<[string, Partial<CommitmentDraft>, string, RegExp]>([
    [
      'a citizen ID for an organisation',
      { committer: { name: '李红梅', kind: 'legal-person', identifier: person.identifier } },
      'COMMITMENT_INVALID',
      /自然人/,
    ],
    [
      'a USCC for a natural person',
      { committer: { name: '李红梅', kind: 'natural-person', identifier: clean.identifier } },
      'COMMITMENT_INVALID',
      /身份证/,
    ],
    ['an unknown matter', { matterCode: 'NO-SUCH' }, 'MATTER_UNKNOWN', /事项/],
    ['a deadline before the day made', { verifyBy: '2026-11-26' }, 'COMMITMENT_INVALID', /核查期限/],
    ['a validity ending before the day made', { validUntil: '2026-11-01' }, 'COMMITMENT_INVALID', /有效期/],
    ['a day made after today', { madeOn: '2026-11-28' }, 'COMMITMENT_INVALID', /作出日期/],
    ['a day made before 1949', { madeOn: '1900-01-01' }, 'COMMITMENT_INVALID', /作出日期不能早于 1949-01-01/],
    ['an absurd deadline', { verifyBy: '9999-12-31' }, 'COMMITMENT_INVALID', /核查期限不能晚于 2099-12-31/],
    ['an absurd validity', { validUntil: '3026-11-27' }, 'COMMITMENT_INVALID', /有效期不能晚于 2099-12-31/],
    ['a 信用修复型 commitment outside a repair', { type: 'credit-repair' }, 'COMMITMENT_INVALID', /信用修复/],
  ])('refuses %s in Chinese and writes nothing', async (_, overrides, code, message) => {
    const refused = await call('commitments:create', makeDraft(clean.identifier, overrides));
    expect(refused).toMatchObject({ ok: false, error: { code } });
    expect(!refused.ok && refused.error.message).toMatch(message);
    expect(count('SELECT count(*) FROM commitments')).toBe(0);
    expect(count('SELECT count(*) FROM commitment_serials')).toBe(0);
    expect(count('SELECT count(*) FROM outbox')).toBe(0);
  });

  it('accepts a natural person by citizen ID and masks the number in lists', async () => {
    const detail = await create(
      makeDraft(person.identifier, {
        committer: { name: '李红梅', kind: 'natural-person', identifier: person.identifier },
      }),
    );
    expect(detail.identifierMasked).toBe(
      `${person.identifier.slice(0, 6)}********${person.identifier.slice(-4)}`,
    );
    const list = await core.handlers['commitments:list']({ limit: 50, offset: 0 });
    expect(list.ok && list.value.items[0]?.identifierMasked).toBe(detail.identifierMasked);
  });
});

const fulfilled: Verification = {
  fulfilment: 'fulfilled',
  unfulfilledContent: null,
  liabilityPursued: null,
  falseCommitment: false,
  verifiedOn: '2026-11-27',
};
const falseOne: Verification = {
  fulfilment: 'unfulfilled',
  unfulfilledContent: '未补交施工图审查合格书',
  liabilityPursued: '撤销施工许可，记入信用记录',
  falseCommitment: true,
  verifiedOn: '2026-11-27',
};

describe('commitments:verify', () => {
  it('records 全部履行 at the next version, queues it and audits it, without any credit record', async () => {
    const { commitment } = await create(makeDraft(clean.identifier));
    const verified = await call('commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: fulfilled,
    });
    if (!verified.ok) throw new Error(verified.error.message);
    const detail = verified.value as CommitmentDetail;
    expect(detail.commitment).toMatchObject({
      state: 'verified',
      version: 2,
      verifiedBy: '系统管理员（admin）',
      recordId: null,
    });
    expect(detail.due).toBe('verified');
    const payload = core.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'commitment.verified'")
      .pluck()
      .get() as string;
    expect(JSON.parse(payload)).toEqual({
      id: commitment.id,
      baseVersion: 1,
      verification: fulfilled,
      verifiedBy: '系统管理员（admin）',
      at: '2026-11-27T10:00:00.000+08:00',
    });
    expect(auditFor(core.db, 'commitment', commitment.id).map((entry) => entry.action)).toEqual([
      'commitment.create',
      'commitment.verify',
    ]);
    expect(recordsOf(core.db, clean.id).map((record) => record.id)).toEqual(['r-general']);
    const twice = await call('commitments:verify', {
      id: commitment.id,
      baseVersion: 2,
      verification: fulfilled,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'COMMITMENT_ALREADY_VERIFIED' } });
  });

  it('requires 未履行内容 and 违诺责任追究 unless fulfilled, a current version and a sensible day', async () => {
    const { commitment } = await create(makeDraft(clean.identifier));
    const attempt = (verification: Partial<Verification>, baseVersion = 1) =>
      call('commitments:verify', {
        id: commitment.id,
        baseVersion,
        verification: { ...falseOne, falseCommitment: false, ...verification },
      });
    // The rules between the fields are the contract schema's (shared/commitment/validation.ts): refused at
    // the IPC boundary, with the field and the Chinese reason.
    expect(await attempt({ unfulfilledContent: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/未履行内容/) as unknown },
    });
    expect(await attempt({ fulfilment: 'partial', liabilityPursued: null })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/违诺责任追究/) as unknown },
    });
    expect(await attempt({ verifiedOn: '2026-11-28' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_INVALID' },
    });
    expect(await attempt({}, 3)).toMatchObject({ ok: false, error: { code: 'COMMITMENT_INVALID' } });
    const missing = await call('commitments:verify', { id: 'nope', baseVersion: 1, verification: fulfilled });
    expect(missing).toMatchObject({ ok: false, error: { code: 'COMMITMENT_NOT_FOUND' } });
    expect(count("SELECT count(*) FROM outbox WHERE kind = 'commitment.verified'")).toBe(0);
  });

  it('turns a false commitment into a provisional failure record that bars the route at once', async () => {
    const { commitment } = await create(makeDraft(clean.identifier));
    const verified = await call('commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: falseOne,
    });
    if (!verified.ok) throw new Error(verified.error.message);
    const recordId = `commitment-failure-${commitment.id}`;
    expect((verified.value as CommitmentDetail).commitment.recordId).toBe(recordId);
    const record = recordsOf(core.db, clean.id).find((candidate) => candidate.id === recordId);
    expect(record).toMatchObject({
      category: 'commitment',
      title: '虚假承诺（审批替代型）',
      status: 'published',
      severity: 'general',
      commitmentId: commitment.id,
      commitmentFailure: 'false',
      decisionOn: '2026-11-27',
      decisionNumber: null,
      publicationEndsOn: '2027-11-27',
      sourceDepartment: '平顶山市住房和城乡建设局',
    });
    expect(record?.content).toMatch(/未补交施工图审查合格书/);
    const prepared = await core.handlers['commitments:prepare']({
      identifier: clean.identifier,
      madeOn: '2026-11-27',
    });
    expect(prepared.ok && prepared.value.route).toMatchObject({
      allowed: false,
      reasons: [{ code: 'barred-commitment' }],
    });
  });

  it('records an unfulfilled commitment as 违反信用承诺 (not barring by default), and none for a stranger', async () => {
    const { commitment } = await create(makeDraft(clean.identifier));
    await call('commitments:verify', {
      id: commitment.id,
      baseVersion: 1,
      verification: { ...falseOne, falseCommitment: false, fulfilment: 'partial' },
    });
    const record = recordsOf(core.db, clean.id).find((candidate) => candidate.commitmentId === commitment.id);
    expect(record).toMatchObject({ title: '违反信用承诺（审批替代型）', commitmentFailure: 'partial' });
    const prepared = await core.handlers['commitments:prepare']({
      identifier: clean.identifier,
      madeOn: '2026-11-27',
    });
    expect(prepared.ok && prepared.value.route.allowed).toBe(true);

    const stranger = await create(makeDraft(makeUscc('MA98NUNE')));
    await call('commitments:verify', { id: stranger.commitment.id, baseVersion: 1, verification: falseOne });
    expect(count('SELECT count(*) FROM credit_records WHERE commitment_id IS NOT NULL')).toBe(1);
  });
});
