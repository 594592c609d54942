import { z } from 'zod';
import { freeText } from '../../domain/free-text';
import { isoDate } from '../../domain/catalogue';
import {
  CommitmentDetail,
  CommitmentCreateRequest,
  CommitmentList,
  CommitmentListRequest,
  CommitmentRoute,
  CommitmentVerifyRequest,
} from '../../domain/commitment';
import { IdentifierKind, SubjectKind } from '../../domain/subject';
import { SIGNED_IN, channel } from './entry';

// Notice-and-commitment items (告知承诺).
export const commitmentChannels = {
  /**
   * Before a commitment is recorded: the committer's identifier checked, the registry subject if cached, whether
   * the route is open (告知承诺), and the proposed verification deadline for the given day.
   */
  'commitments:prepare': channel({
    request: z.object({
      identifier: freeText({ max: 64, tooLong: '证件号码过长' }).min(1, '请填写统一社会信用代码或身份证号码'),
      madeOn: isoDate,
    }),
    response: z.object({
      identifier: z.string(),
      identifierKind: IdentifierKind,
      subject: z.object({ id: z.string(), name: z.string(), kind: SubjectKind }).nullable(),
      route: CommitmentRoute,
      verifyBy: isoDate,
    }),
    roles: SIGNED_IN,
    action: '办理信用承诺',
    sample: { identifier: '91410400MA44ABCD1X', madeOn: '2026-11-27' },
  }),
  /** Record a commitment; refused (COMMITMENT_ROUTE_BARRED) with the reasons where the route is barred. */
  'commitments:create': channel({
    request: CommitmentCreateRequest,
    response: CommitmentDetail,
    roles: SIGNED_IN,
    action: '登记信用承诺',
    sample: {
      committer: { name: '平顶山市某某有限公司', kind: 'legal-person', identifier: '91410400MA44ABCD1X' },
      type: 'certification',
      reason: '申请食品经营许可，证明事项实行告知承诺',
      content: '本单位承诺所填信息真实有效',
      liability: '承诺不实的，依法撤销许可并记入信用记录',
      madeOn: '2026-11-27',
      validUntil: null,
      matterCode: 'M001',
      caseNumber: null,
      recognisingUnit: { name: '平顶山市市场监督管理局', code: '11410400MB0000000X' },
      acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB0000001X' },
      publicity: 'public',
      verifyBy: '2026-12-27',
    },
  }),
  /** Verification (核查) and fulfilment; a broken or false commitment becomes a credit record. */
  'commitments:verify': channel({
    request: CommitmentVerifyRequest,
    response: CommitmentDetail,
    roles: SIGNED_IN,
    action: '核查信用承诺',
    sample: {
      id: 'k-1',
      baseVersion: 1,
      verification: {
        fulfilment: 'fulfilled',
        unfulfilledContent: null,
        liabilityPursued: null,
        falseCommitment: false,
        verifiedOn: '2026-11-27',
      },
    },
  }),
  'commitments:list': channel({
    request: CommitmentListRequest,
    response: CommitmentList,
    roles: SIGNED_IN,
    action: '查看信用承诺',
    sample: { sortBy: 'verifyBy', sortDirection: 'asc' },
  }),
  'commitments:get': channel({
    request: z.object({ id: z.string().min(1) }),
    response: CommitmentDetail,
    roles: SIGNED_IN,
    action: '查看信用承诺',
    sample: { id: 'k-1' },
  }),
};
