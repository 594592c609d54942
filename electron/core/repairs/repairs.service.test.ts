import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import type { AppEvent } from '../../../shared/contract/events';
import { REPAIR_MATTER_CODE, REPAIR_MATTER_NAME } from '../../../shared/domain/commitment';
import type { RepairCreateRequest } from '../../../shared/domain/repair';
import { seedDemoCredentials } from '../auth/credentials.repo';
import { getCommitment } from '../commitments/commitments.repo';
import { breakCheckChar, makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { getRepair, saveRepair } from './repairs.repo';
import { at, company, openRepairCore, other, repairRequest, type RepairTestCore } from './repairs.fixtures';

let core: RepairTestCore;
afterEach(() => core.dispose());
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => core.call(channel, request);
const value = <C extends Channel>(channel: C, request: RequestOf<C>) => core.value(channel, request);

const openFor = async (subjectId: string, targetId: string): Promise<string | null> =>
  (await value('repairs:candidates', { subjectId })).candidates.find((c) => c.targetId === targetId)
    ?.openApplicationId ?? null;

describe('repairs:create', () => {
  it('writes the commitment, the accepted application, their outbox entries and the audit entry at once', async () => {
    core = await openRepairCore('2023-08-02');
    const events: AppEvent[] = [];
    core.events.subscribe((event) => events.push(event));
    const file = await value('files:add', {
      name: '申请表.pdf',
      mime: 'application/pdf',
      base64: 'JVBERi0xLjQK',
    });
    const detail = await value(
      'repairs:create',
      repairRequest(
        company,
        { table: 'credit_records', id: 'r-2023' },
        {
          attachments: [
            {
              sha256: file.sha256,
              name: '申请表.pdf',
              mime: 'application/pdf',
              size: file.size,
              kind: 'application-form',
            },
          ],
        },
      ),
    );
    const application = detail.application;
    expect(application).toMatchObject({
      subjectId: company.id,
      applicantName: company.name,
      applicantIdentifier: company.identifier,
      state: 'accepted',
      stateEnteredOn: '2023-08-02',
      operator: '李娜（lina）',
      version: 1,
      eligibility: {
        regime: '2023',
        regimeName: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）',
        eligible: true,
      },
      acceptingUnit: '平顶山市政务服务中心',
    });
    expect(application.history.map((step) => [step.event, step.by, step.on])).toEqual([
      ['submit', '李娜（lina）', '2023-08-02'],
      ['accept', '李娜（lina）', '2023-08-02'],
    ]);
    expect(detail).toMatchObject({
      pending: true,
      conflicts: [],
      target: { exists: true, status: 'published', statusLabel: '公示中' },
      // The decision, counted from the acceptance today (10 working days, unconfirmed).
      countdown: { label: '反馈信用修复结果', deadline: '2023-08-16', workingDaysLeft: 10 },
    });
    const commitment = getCommitment(core.db, application.commitmentId ?? '');
    expect(commitment).toMatchObject({
      type: 'credit-repair',
      // The matter of a 信用修复承诺书 is the repair application itself.
      matterCode: REPAIR_MATTER_CODE,
      repairId: application.id,
      subjectId: company.id,
      state: 'pending',
      version: 1,
    });
    // Stand-alone client: device 000, first of its day — dated its 作出日期 (2023-07-30), not the day taken in.
    expect(commitment?.code).toBe('41040220230730000001');
    // Shown (and printed) as 信用修复申请, not as an unknown catalogue matter.
    expect((await value('commitments:get', { id: commitment?.id ?? '' })).matterName).toBe(
      REPAIR_MATTER_NAME,
    );
    expect((await value('commitments:list', {})).items.map((item) => item.matterName)).toEqual([
      REPAIR_MATTER_NAME,
    ]);
    const outbox = core.db
      .prepare("SELECT kind, json_extract(payload, '$.id') AS id FROM outbox ORDER BY mutation_id")
      .all() as { kind: string; id: string | null }[];
    // The first entry is the audit of the material's upload (file.add), made before the application.
    expect(outbox.map((row) => row.kind)).toEqual([
      'audit.appended',
      'commitment.created',
      'repair.created',
      'audit.appended',
    ]);
    expect(outbox[2]?.id).toBe(application.id);
    expect(events).toContainEqual({ type: 'workflow-changed', area: 'repairs' });

    expect(await openFor(company.id, 'r-2023')).toBe(application.id);
    const again = await call(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2023' }),
    );
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_ALREADY_OPEN', details: { id: application.id } },
    });
  });

  it('refuses with the reason what the window must not take in, and writes nothing', async () => {
    core = await openRepairCore('2023-08-01');
    const refusal = async (
      request: Parameters<typeof repairRequest>[2],
      id = 'r-2019',
      table = 'credit_records' as const,
    ) => call('repairs:create', repairRequest(company, { table, id }, request));
    expect(await refusal({}, 'r-2023')).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_NOT_ELIGIBLE', message: '最短公示期未满，自 2023-08-02 起可申请信用修复。' },
    });
    expect(await refusal({}, 'r-license')).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_NOT_ELIGIBLE', details: { code: 'not-repairable' } },
    });
    expect(await refusal({}, 'r-other')).toMatchObject({ ok: false, error: { code: 'REPAIR_INVALID' } });
    expect(await refusal({ requestedOutcome: 'remove-from-list' })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_INVALID' },
    });
    expect(
      await refusal({
        attachments: [
          {
            sha256: 'b'.repeat(64),
            name: '整改报告.pdf',
            mime: 'application/pdf',
            size: 3,
            kind: 'evidence',
          },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', message: '附件“整改报告.pdf”未保存在本机，请重新添加' },
    });
    const stranger = repairRequest(company, { table: 'credit_records', id: 'r-2019' });
    stranger.commitment.committer.identifier = other.identifier;
    expect(await call('repairs:create', stranger)).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_INVALID' },
    });
    const missing = await call('repairs:create', { ...stranger, subjectId: 'nobody' });
    expect(!missing.ok && missing.error.code).toBe('SUBJECT_NOT_FOUND');
    expect(core.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM commitments').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM commitment_serials').pluck().get()).toBe(0);

    // A list entry: 移出名单 (or 删除) only.
    const entry = await refusal(
      { requestedOutcome: 'stop-publication' },
      'e-serious',
      'list_entries' as never,
    );
    expect(entry).toMatchObject({ ok: false, error: { code: 'REPAIR_INVALID' } });
    const listed = await call(
      'repairs:create',
      repairRequest(company, { table: 'list_entries', id: 'e-serious' }),
    );
    expect(listed.ok && listed.value.application.eligibility.code).toBe('manual');
  });
});

describe('repairs:create — the 信用修复承诺书 is checked like any commitment', () => {
  it('refuses a day made after today, a deadline before it and a committer kind not the subject’s', async () => {
    core = await openRepairCore('2023-08-02');
    const target = { table: 'credit_records', id: 'r-2019' } as const;
    const withCommitment = (commitment: Partial<RepairCreateRequest['commitment']>) => {
      const request = repairRequest(company, target);
      return call('repairs:create', { ...request, commitment: { ...request.commitment, ...commitment } });
    };
    expect(await withCommitment({ madeOn: '2023-08-03', verifyBy: '2023-09-03' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_INVALID', message: '作出日期不能晚于今天' },
    });
    expect(await withCommitment({ verifyBy: '2023-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_INVALID', message: '核查期限不能早于作出日期' },
    });
    expect(await withCommitment({ validUntil: '2023-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITMENT_INVALID', message: '有效期不能早于作出日期' },
    });
    expect(
      await withCommitment({
        committer: { name: company.name, kind: 'natural-person', identifier: company.identifier },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_INVALID', message: expect.stringMatching(/承诺人类别/) as unknown },
    });
    expect(core.db.prepare('SELECT count(*) FROM commitments').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM commitment_serials').pluck().get()).toBe(0);
  });

  it('codes the commitment by its 作出日期 and counts that day’s serials', async () => {
    core = await openRepairCore('2023-08-02');
    const first = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }),
    );
    const request = repairRequest(company, { table: 'list_entries', id: 'e-serious' });
    const second = await value('repairs:create', {
      ...request,
      commitment: { ...request.commitment, madeOn: '2023-08-02', verifyBy: '2023-10-02' },
    });
    const codeOf = (commitmentId: string | null) => getCommitment(core.db, commitmentId ?? '')?.code;
    expect(codeOf(first.application.commitmentId)).toBe('41040220230730000001');
    expect(codeOf(second.application.commitmentId)).toBe('41040220230802000001');
    expect(getCommitment(core.db, first.application.commitmentId ?? '')).toMatchObject({
      madeOn: '2023-07-30',
      identifierKind: 'uscc',
      committer: { kind: 'legal-person', identifier: company.identifier },
    });
  });
});

describe('a subject whose registry code fails its check character (pre-2016)', () => {
  it('may still apply: the committer is the registry subject, its code is the platform’s', async () => {
    core = await openRepairCore('2023-08-02');
    const legacy = makeSubject('s-legacy', '舞钢市岱芮建材有限公司', breakCheckChar(makeUscc('MA4K9Z1Q')));
    seedRegistry(core.db, {
      subjects: [legacy],
      entries: [],
      records: [makeRecord('r-legacy', legacy.id, { decisionOn: '2023-04-30', severity: 'general' })],
    });
    const created = await value(
      'repairs:create',
      repairRequest(legacy, { table: 'credit_records', id: 'r-legacy' }),
    );
    expect(created.application).toMatchObject({ state: 'accepted', applicantIdentifier: legacy.identifier });
    expect(getCommitment(core.db, created.application.commitmentId ?? '')?.committer.identifier).toBe(
      legacy.identifier,
    );
  });
});

describe('repairs:step', () => {
  it('accepts a submitted application at baseVersion + 1 and sends the step up', async () => {
    core = await openRepairCore('2023-08-02');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }, { accept: false }),
    );
    expect(created.application.state).toBe('submitted');
    expect(created.countdown?.label).toBe('作出是否受理的决定');
    core.clock.now = at('2023-08-03');
    const stale = await call('repairs:step', {
      id: created.application.id,
      baseVersion: 2,
      event: 'accept',
      reason: null,
    });
    expect(!stale.ok && stale.error.code).toBe('REPAIR_TRANSITION_REFUSED');
    const accepted = await value('repairs:step', {
      id: created.application.id,
      baseVersion: 1,
      event: 'accept',
      reason: null,
    });
    expect(accepted.application).toMatchObject({
      state: 'accepted',
      version: 2,
      stateEnteredOn: '2023-08-03',
    });
    expect(accepted.application.history.at(-1)).toMatchObject({
      event: 'accept',
      by: '李娜（lina）',
      on: '2023-08-03',
    });
    const stepped = core.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'repair.stepped'")
      .pluck()
      .all() as string[];
    expect(stepped.map((payload) => JSON.parse(payload) as unknown)).toEqual([
      {
        id: created.application.id,
        baseVersion: 1,
        event: 'accept',
        reason: null,
        at: '2023-08-03T10:00:00.000+08:00',
        on: '2023-08-03',
        by: '李娜（lina）',
      },
    ]);
    const twice = await call('repairs:step', {
      id: created.application.id,
      baseVersion: 2,
      event: 'accept',
      reason: null,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'REPAIR_TRANSITION_REFUSED' } });
    const unknown = await call('repairs:step', { id: 'nope', baseVersion: 1, event: 'accept', reason: null });
    expect(!unknown.ok && unknown.error.code).toBe('REPAIR_NOT_FOUND');
  });

  it('names who took each step: a platform reviewer’s bare account by the name this PC knows, else alone', async () => {
    core = await openRepairCore('2023-08-02');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }),
    );
    // Steps the platform's feed brought before it wrote names: the account alone.
    const stored = getRepair(core.db, created.application.id);
    if (stored === null) throw new Error('no application');
    const step = { at: '2023-08-02T15:00:00.000+08:00', on: '2023-08-02', reason: null };
    saveRepair(core.db, {
      ...stored,
      history: [
        ...stored.history,
        { ...step, event: 'start-review', by: 'zhaomin' },
        { ...step, event: 'grant', by: 'shenhe' },
      ],
    });
    const user = { username: 'zhaomin', displayName: '赵敏', role: 'supervisor', passwordHash: 'scrypt$x' };
    seedDemoCredentials(
      core.db,
      [user as unknown as Parameters<typeof seedDemoCredentials>[1][number]],
      step.at,
    );
    const detail = await value('repairs:get', { id: created.application.id });
    expect(detail.application.history.map((entry) => entry.by)).toEqual([
      '李娜（lina）',
      '李娜（lina）',
      '赵敏（zhaomin）',
      'shenhe',
    ]);
  });

  it('refuses only with a reason, and a refused application frees the record for a new one', async () => {
    core = await openRepairCore('2023-08-02');
    const created = await value(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }, { accept: false }),
    );
    const id = created.application.id;
    const bare = await call('repairs:step', { id, baseVersion: 1, event: 'refuse', reason: '  ' });
    expect(bare).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_TRANSITION_REFUSED', details: { code: 'REASON_REQUIRED' } },
    });
    const refused = await value('repairs:step', {
      id,
      baseVersion: 1,
      event: 'refuse',
      reason: '材料不齐全，缺少履行证明',
    });
    expect(refused.application).toMatchObject({ state: 'refused', version: 2 });
    expect(refused.application.history.at(-1)?.reason).toBe('材料不齐全，缺少履行证明');
    expect(refused.countdown).toBeNull();
    const audit = core.db
      .prepare('SELECT action FROM audit_log WHERE target_id = ? ORDER BY seq')
      .pluck()
      .all(id);
    expect(audit).toEqual(['repair.create', 'repair.refuse']);
    const renewed = await call(
      'repairs:create',
      repairRequest(company, { table: 'credit_records', id: 'r-2019' }),
    );
    expect(renewed.ok).toBe(true);
  });
});
