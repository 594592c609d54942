import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { makeDraft } from '../testing/commitment-fixtures';
import { repairRequest } from '../repairs/repairs.fixtures';
import { setMeta } from '../app/meta.repo';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { makeEntry, makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';

// A cache with known figures for the dashboard, on 2026-11-27 (Beijing). The default period is 2026-10-29 …
// 2026-11-27. What each figure should count is written beside the data that makes it.

export const TODAY = '2026-11-27';
export const DEPARTMENT = '平顶山市市场监督管理局';
export const PROCUREMENT = 'PDS-CG-001';
export const LICENSING = 'PDS-XK-001';

export const debtor = makeSubject('s-debtor', '平顶山市鹰城建筑工程有限公司', makeUscc('MA44TEKT'));
export const red = makeSubject('s-red', '平顶山市尧山诚信商贸有限公司', makeUscc('MA45TEKT'));
export const plain = makeSubject('s-plain', '汝州市汝瓷文化传播有限公司', makeUscc('MA46TEKT', '91410482'), {
  regionCode: '410482',
});
// Licence holders: a (checked 5 days before), b (never checked), c (checked 70 days before: outside the
// look-back), d (another department), e (decided before the period).
const licensee = (key: string, org: string, regionCode = '410402') =>
  makeSubject(`s-lic-${key}`, `平顶山市许可${key}商贸有限公司`, makeUscc(org, `91${regionCode}`), {
    regionCode,
  });
export const licA = licensee('a', 'MA47TEKT');
export const licB = licensee('b', 'MA48TEKT');
export const licC = licensee('c', 'MA49TEKT', '410482');
export const licD = licensee('d', 'MA4ATEKT');
export const licE = licensee('e', 'MA4BTEKT');

const licence = (id: string, subjectId: string, decisionOn: string, sourceDepartment = DEPARTMENT) =>
  makeRecord(id, subjectId, {
    category: 'license',
    title: '行政许可：食品经营许可证',
    content: '准予行政许可：核发食品经营许可证',
    sourceDepartment,
    decisionNumber: `平市监许〔2026〕${id}号`,
    decisionOn,
    publicationEndsOn: null,
  });

/** Beijing 10:00 of a day. */
export const at = (day: string): Date => new Date(`${day}T02:00:00Z`);

export type DashboardTestCore = ReturnType<typeof openTempCore> & {
  value: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
  checkIds: Record<string, string>;
};

export async function openDashboardCore(): Promise<DashboardTestCore> {
  const core = openTempCore({ withDemo: false, clock: { now: at(TODAY) } });
  signInForTests(core, 'admin');
  seedRegistry(core.db, {
    subjects: [debtor, red, plain, licA, licB, licC, licD, licE],
    entries: [
      makeEntry('e-debtor', debtor.id, 'DISHONEST_JUDGMENT_DEBTOR'),
      makeEntry('e-red', red.id, 'A_TAXPAYER', { listingUnit: '国家税务总局平顶山市税务局' }),
    ],
    records: [
      licence('101', licA.id, '2026-11-20'),
      licence('102', licB.id, '2026-11-22'),
      licence('103', licC.id, '2026-11-10'),
      licence('104', licD.id, '2026-11-21', '平顶山市生态环境局'),
      licence('105', licE.id, '2026-10-01'),
      // A penalty in the period is no approval.
      makeRecord('r-penalty', plain.id, { decisionOn: '2026-11-05' }),
      // Repairable penalties (一般, repairable from 2026-08-11) for the repair applications.
      makeRecord('r-red', red.id, {
        decisionOn: '2026-05-10',
        severity: 'general',
        publicationEndsOn: '2027-05-10',
      }),
      makeRecord('r-plain', plain.id, {
        decisionOn: '2026-05-10',
        severity: 'general',
        publicationEndsOn: '2027-05-10',
      }),
      makeRecord('r-debtor', debtor.id, {
        decisionOn: '2026-05-10',
        severity: 'general',
        publicationEndsOn: '2027-05-10',
      }),
    ],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
  const value = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await dispatch(core.handlers, channel, request);
    if (!result.ok) throw new Error(`${channel} ${result.error.code}: ${result.error.message}`);
    return result.value as ResponseOf<C>;
  };
  await value('settings:update', { department: DEPARTMENT, operatorName: '赵敏' });
  const checkIds: Record<string, string> = {};
  const check = async (key: string, day: string, subjectId: string, matterCode: string) => {
    core.clock.now = at(day);
    const result = await value('check:run', {
      context: { caseNumber: `PDS-2026-${key}`, matterCode },
      applicant: { by: 'subject', subjectId },
    });
    checkIds[key] = result.checkId;
  };
  await check('lic-c', '2026-09-01', licC.id, LICENSING); // before the period, 70 days before licence 103
  await check('lic-a', '2026-11-15', licA.id, LICENSING); // covers licence 101
  await check('debtor', '2026-11-20', debtor.id, PROCUREMENT); // punishment, feedback left open
  await check('red', '2026-11-25', red.id, LICENSING); // incentive (A级纳税人), feedback recorded below
  await value('check:feedback', {
    checkId: checkIds.red ?? '',
    items: [
      {
        hitKey: 'e-red',
        action: 'none',
        measureCodes: [],
        reason: '申请人未申请容缺受理',
        result: '按一般程序办理',
        amount: null,
        legalBasis: '—',
        department: DEPARTMENT,
        districtCode: '410400',
        actedAt: '2026-11-25T10:05:00.000+08:00',
      },
    ],
  });
  await check('plain-1', TODAY, plain.id, LICENSING);
  await check('plain-2', TODAY, plain.id, LICENSING);

  // Commitments (告知承诺) on the licensing matter: overdue (plain), due soon (red), open (red).
  core.clock.now = at('2026-11-01');
  await value(
    'commitments:create',
    makeDraft(plain.identifier, { madeOn: '2026-11-01', verifyBy: '2026-11-20' }),
  );
  core.clock.now = at(TODAY);
  await value('commitments:create', makeDraft(red.identifier, { madeOn: TODAY, verifyBy: '2026-11-30' }));
  await value('commitments:create', makeDraft(red.identifier, { madeOn: TODAY, verifyBy: '2026-12-27' }));

  // Repairs, each accepted and waiting for its decision (10 working days from the acceptance, unconfirmed):
  // taken in on 11-02 (overdue today), 11-18 (3 working days left: at risk) and today (not at risk). Their
  // 信用修复型 commitments are not due.
  const repair = async (day: string, subject: typeof red, recordId: string) => {
    core.clock.now = at(day);
    const request = repairRequest(subject, { table: 'credit_records', id: recordId });
    await value('repairs:create', {
      ...request,
      commitment: { ...request.commitment, madeOn: day, verifyBy: '2027-01-31' },
    });
  };
  await repair('2026-11-02', red, 'r-red');
  await repair('2026-11-18', plain, 'r-plain');
  await repair(TODAY, debtor, 'r-debtor');
  core.clock.now = at(TODAY);
  return Object.assign(core, { value, checkIds });
}
