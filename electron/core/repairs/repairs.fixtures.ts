import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { RepairCreateRequest } from '../../../shared/domain/repair';
import type { Subject } from '../../../shared/domain/subject';
import type { Result } from '../../../shared/result';
import { dispatch } from '../ipc/dispatch';
import {
  makeCitizenId,
  makeEntry,
  makeRecord,
  makeSubject,
  makeUscc,
  seedRegistry,
} from '../testing/fixtures';
import { setMeta } from '../app/meta.repo';
import { testUsers } from '../auth/test-session';
import { openTempCore } from '../testing/temp-core';

/** A complete window request against one target of `subject` (tests override what they look at). */
export function repairRequest(
  subject: Pick<Subject, 'id' | 'name' | 'identifier'>,
  target: { table: RepairCreateRequest['targetTable']; id: string },
  extra: Partial<RepairCreateRequest> = {},
): RepairCreateRequest {
  return {
    subjectId: subject.id,
    targetTable: target.table,
    targetId: target.id,
    handlerName: '张敏',
    handlerPhone: '13803750000',
    reasons: '已缴清罚款并完成整改，申请停止公示',
    requestedOutcome: target.table === 'list_entries' ? 'remove-from-list' : 'stop-publication',
    attachments: [],
    commitment: {
      committer: { name: subject.name, kind: 'legal-person', identifier: subject.identifier },
      reason: '申请信用修复',
      content: '本单位承诺所提交材料真实有效，已履行行政处罚决定，今后依法诚信经营',
      liability: '如有虚假，愿承担相应法律责任，修复决定予以撤销',
      // The earliest day the tests open on: never after the window's today. The code carries this day.
      madeOn: '2023-07-30',
      validUntil: null,
      caseNumber: 'XR-2025-0001',
      recognisingUnit: { name: '平顶山市市场监督管理局', code: '11410400MB1234567X' },
      acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB1A23456X' },
      publicity: 'public',
      verifyBy: '2023-09-30',
    },
    accept: true,
    ...extra,
  };
}

/**
 * A client on a fixed day (Beijing 10:00) with one company's records under each regime, the clerk 李娜 (lina)
 * signed in.
 */
export type RepairTestCore = ReturnType<typeof openTempCore> & {
  call: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  value: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
};

export const company = makeSubject('s-1', '平顶山市鹰城建材有限公司', makeUscc('MA4K2B7X'));
export const other = makeSubject('s-2', '叶县昆阳商贸有限公司', makeUscc('MA4K3C8Y'));
export const person = makeSubject('s-3', '李秀兰', makeCitizenId('410402', '19880312', '452'), {
  identifierKind: 'citizen-id',
  kind: 'natural-person',
  legalRepresentative: null,
  registeredOn: null,
});

/** Beijing 10:00 of a day. */
export const at = (day: string): Date => new Date(`${day}T02:00:00Z`);

export function openRepairCore(day: string): Promise<RepairTestCore> {
  const core = openTempCore({
    withDemo: false,
    clock: { now: at(day) },
    signedInAs: { ...testUsers.clerk, username: 'lina', displayName: '李娜' },
  });
  seedRegistry(core.db, {
    subjects: [company, other, person],
    entries: [
      makeEntry('e-serious', company.id, 'MAJOR_TAX_VIOLATION', {
        listingUnit: '国家税务总局平顶山市税务局',
        reason: '逃避追缴欠税',
      }),
      // Removed by the people's court, never by a window repair (repair-regimes.json outsideWindow).
      makeEntry('e-debtor', company.id, 'DISHONEST_JUDGMENT_DEBTOR', { listedOn: '2025-03-02' }),
      makeEntry('e-red', company.id, 'A_TAXPAYER'),
      makeEntry('e-removed', company.id, 'ABNORMAL_OPERATION', {
        status: 'removed',
        removedOn: '2024-01-01',
      }),
    ],
    records: [
      // 2019 regime (decided the day before 2023-05-01): 一般, 3 months → repairable from 2023-07-31.
      makeRecord('r-2019', company.id, { decisionOn: '2023-04-30', severity: 'general' }),
      // 2023 regime (decided on 2023-05-01): 3 months from the decision → repairable from 2023-08-02.
      makeRecord('r-2023', company.id, {
        decisionOn: '2023-05-01',
        severity: 'general',
        sourceDepartment: '平顶山市生态环境局',
      }),
      // No 失信程度 recorded: never guessed — taken in for a person to judge.
      makeRecord('r-unknown', company.id, { decisionOn: '2023-01-10', severity: null }),
      makeRecord('r-safety', company.id, {
        decisionOn: '2023-06-15',
        severity: 'general',
        domain: 'work-safety',
      }),
      makeRecord('r-license', company.id, { category: 'license', title: '行政许可' }),
      makeRecord('r-stopped', company.id, { status: 'unpublished' }),
      makeRecord('r-other', other.id, { decisionOn: '2023-01-10', severity: 'general' }),
      // A natural person's penalties: under 简易程序 no basis (河南条例), under 普通程序 an ordinary record.
      makeRecord('r-simple', person.id, {
        decisionOn: '2023-05-10',
        severity: 'minor',
        procedure: 'simple',
        sourceDepartment: '平顶山市城市管理局',
      }),
      makeRecord('r-ordinary', person.id, {
        decisionOn: '2023-05-09',
        severity: 'minor',
        procedure: 'ordinary',
        sourceDepartment: '平顶山市城市管理局',
      }),
    ],
  });
  // settings:update is the administrator's: the fixture sets the district as one would have.
  setMeta(core.db, 'settings', JSON.stringify({ districtCode: '410402' }));
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> =>
    (await dispatch(core.handlers, channel, request)) as Result<ResponseOf<C>>;
  const value = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await call(channel, request);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return Promise.resolve(Object.assign(core, { call, value }));
}
