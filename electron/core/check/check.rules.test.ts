import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/domain';
import { setMeta } from '../app/meta.repo';
import { makeDraft } from '../testing/commitment-fixtures';
import {
  makeCitizenId,
  makeEntry,
  makeRecord,
  makeSubject,
  makeUscc,
  seedRegistry,
} from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';

// Issue 10, rules 1–4 through the real core, its SQLite cache and the shipped catalogue and rules.

const LICENSING = 'PDS-XK-001';
const FOOD = 'PDS-XK-002';
const FUNDS = 'PDS-CZ-001';
const PROCUREMENT = 'PDS-CG-001';
const BIDDING = 'PDS-ZB-001';

const wageCompany = makeSubject('s-wage', '平顶山市鹰城建筑劳务有限公司', makeUscc('MA51TEKT'));
const safetyCompany = makeSubject('s-safety', '鲁山县安泰化工有限公司', makeUscc('MA52TEKT'));
const shop = makeSubject('s-shop', '新华区小李快餐店', makeUscc('MA53TEKT', '92410402'), {
  kind: 'individual-business',
});
const honest = makeSubject('s-honest', '平顶山市守信建材有限公司', makeUscc('MA54TEKT'));
const representative = makeSubject('s-rep', '赵某某', makeCitizenId('410402', '19750312', '031'), {
  identifierKind: 'citizen-id',
  kind: 'natural-person',
});
const company = makeSubject('s-company', '平顶山市某某贸易有限公司', makeUscc('MA55TEKT'), {
  legalRepresentative: '赵某某',
  legalRepresentativeId: representative.identifier,
});

let core: ReturnType<typeof openTempCore>;

beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [wageCompany, safetyCompany, shop, honest, representative, company],
    entries: [
      makeEntry('e-wage', wageCompany.id, 'WAGE_ARREARS_DISHONEST', {
        listingUnit: '平顶山市人力资源和社会保障局',
      }),
      makeEntry('e-wage-red', wageCompany.id, 'CONTRACT_CREDIT_ENTERPRISE'),
      makeEntry('e-safety', safetyCompany.id, 'WORK_SAFETY_SERIOUS_DISHONEST'),
      makeEntry('e-safety-red', safetyCompany.id, 'A_TAXPAYER'),
      makeEntry('e-shop', shop.id, 'ABNORMAL_OPERATION', { listingUnit: '新华区市场监督管理局' }),
      makeEntry('e-honest', honest.id, 'A_TAXPAYER'),
      makeEntry('e-rep', representative.id, 'DISHONEST_JUDGMENT_DEBTOR'),
    ],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

let serial = 0;
const check = async (subject: { identifier: string }, matterCode: string): Promise<CheckResult> => {
  serial += 1;
  const result = await core.handlers['check:run']({
    context: { caseNumber: `PDS-2026-R${serial}`, matterCode },
    applicant: { by: 'identifier', raw: subject.identifier },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const reasonCodes = (result: CheckResult): string[] => result.verdict.reasons.map((reason) => reason.code);

describe('rule 1: incentives withheld whatever the matter', () => {
  it('gives a wage-arrears company applying for a construction permit no 绿色通道 or 容缺受理', async () => {
    const result = await check(wageCompany, LICENSING);
    expect(result.verdict.code).toBe('proceed');
    const red = result.hits.find((hit) => hit.key === 'e-wage-red');
    expect(red?.incentives.map((m) => m.name)).toEqual(
      expect.arrayContaining(['绿色通道优先办理', '容缺受理']),
    );
    expect(red?.incentivesSuppressed).toBe(true);
    expect(red?.actionable).toBe(false);
    expect(result.verdict.reasons.find((r) => r.code === 'incentive-withheld')?.message).toContain(
      '拖欠农民工工资失信联合惩戒对象名单（平顶山市人力资源和社会保障局',
    );
  });

  it('gives a work-safety serious company applying for special funds no 财政资金优先', async () => {
    const result = await check(safetyCompany, FUNDS);
    expect(result.verdict.code).toBe('proceed');
    expect(result.hits.find((hit) => hit.key === 'e-safety-red')?.incentivesSuppressed).toBe(true);
    expect(reasonCodes(result)).toContain('incentive-withheld');
  });

  it('keeps the incentive of a company with nothing against it', async () => {
    expect((await check(honest, LICENSING)).verdict.code).toBe('incentive');
  });

  it('withholds them once a false commitment verified at any window is in this cache, record or not', async () => {
    const created = await core.handlers['commitments:create'](makeDraft(honest.identifier));
    if (!created.ok) throw new Error(created.error.message);
    const { commitment } = created.value;
    // As if verified false at another window: the commitment arrived through the feed, its record not yet.
    core.db
      .prepare(
        `UPDATE commitments SET state = 'verified', fulfilment = 'unfulfilled', false_commitment = 1,
           verified_on = '2026-11-26', verified_by = '李四', unfulfilled_content = '材料虚假',
           liability_pursued = '撤销许可' WHERE id = ?`,
      )
      .run(commitment.id);
    const pending = await check(honest, LICENSING);
    expect(pending.verdict.code).toBe('proceed');
    expect(pending.verdict.reasons.find((r) => r.code === 'incentive-withheld')?.message).toContain(
      '作出虚假承诺且尚未信用修复',
    );
    // Its record arrives, then is repaired: the incentive is back.
    seedRegistry(core.db, {
      subjects: [],
      records: [
        makeRecord(`commitment-failure-${commitment.id}`, honest.id, {
          category: 'commitment',
          title: '虚假承诺（审批替代型）',
          decisionOn: '2026-11-26',
          publicationEndsOn: '2027-11-26',
          commitmentId: commitment.id,
          commitmentFailure: 'false',
          status: 'repaired',
          repairOutcome: 'stop-publication',
        }),
      ],
    });
    expect((await check(honest, LICENSING)).verdict.code).toBe('incentive');
  });
});

describe('rule 2: supervision measures', () => {
  it('gives an abnormal-operation shop its food licence as 可办理 with a 监管提示, no feedback owed', async () => {
    const result = await check(shop, FOOD);
    expect(result.verdict.code).toBe('proceed');
    const [hit] = result.hits;
    expect(hit?.supervisory.map((m) => m.code)).toEqual(['M-JYYC-02']);
    expect(hit?.punishments).toEqual([]);
    expect(hit?.actionable).toBe(false);
    const detail = await core.handlers['check:get']({ checkId: result.checkId });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.feedbackState).toEqual({ required: 0, recorded: 0, open: false });
  });
});

describe('rule 3: not in the city’s data', () => {
  const outsider = makeUscc('MA56TEKT', '91110108');

  it('is 需人工研判 for procurement and bidding, naming 信用中国 and 信用河南', async () => {
    for (const matter of [PROCUREMENT, BIDDING]) {
      const result = await check({ identifier: outsider }, matter);
      expect(result.found).toBe(false);
      expect(result.verdict.code).toBe('review');
      expect(result.externalQuery?.required).toBe(true);
      expect(result.verdict.reasons[0]?.message).toMatch(
        /本机数据（截至 2026-11-27 08:00）未查到该主体。.*“信用中国”/,
      );
    }
  });

  it('stays 可办理 for a licence with the plain note', async () => {
    const result = await check({ identifier: outsider }, LICENSING);
    expect(result.verdict.code).toBe('proceed');
    expect(reasonCodes(result)).toEqual(['not-in-city-data']);
  });
});

describe('rule 4: the legal representative', () => {
  it('finds the representative by ID number: 需人工研判 for procurement, a notice for a licence', async () => {
    const procurement = await check(company, PROCUREMENT);
    expect(procurement.verdict.code).toBe('review');
    expect(procurement.related?.[0]).toMatchObject({
      name: '赵某某',
      identifierMasked: `${representative.identifier.slice(0, 6)}********${representative.identifier.slice(-4)}`,
      affectsVerdict: true,
    });
    const licence = await check(company, LICENSING);
    expect(licence.verdict.code).toBe('proceed');
    expect(licence.related?.[0]?.affectsVerdict).toBe(false);
  });

  it('does nothing where the representative’s ID number is not recorded', async () => {
    seedRegistry(core.db, { subjects: [{ ...company, legalRepresentativeId: null }] });
    const result = await check(company, PROCUREMENT);
    expect(result.related).toEqual([]);
    expect(result.verdict.code).toBe('proceed');
  });
});
