import { z } from 'zod';
import {
  RepairCandidate,
  RepairCreateRequest,
  RepairDetail,
  RepairList,
  RepairListRequest,
  RepairWindowStep,
} from '../../domain/repair';
import { SubjectSummary } from '../../domain/subject';
import { SIGNED_IN, channel } from './entry';

// Credit repair applications (信用修复) taken in at the window.
export const repairChannels = {
  /** The records of a subject a repair may be applied for, each with its eligibility today. */
  'repairs:candidates': channel({
    request: z.object({ subjectId: z.string().min(1) }),
    response: z.object({ subject: SubjectSummary, candidates: z.array(RepairCandidate) }),
    roles: SIGNED_IN,
    action: '查看可修复的信用记录',
    sample: { subjectId: 's-1' },
  }),
  /** Take in an application at the window, with its files and its 信用修复承诺书. */
  'repairs:create': channel({
    request: RepairCreateRequest,
    response: RepairDetail,
    roles: SIGNED_IN,
    action: '受理信用修复申请',
    sample: {
      subjectId: 's-1',
      targetTable: 'credit_records',
      targetId: 'r-1',
      handlerName: '李四',
      handlerPhone: null,
      reasons: '已缴清罚款并完成整改',
      requestedOutcome: 'stop-publication',
      attachments: [],
      commitment: {
        committer: { name: '平顶山市某某有限公司', kind: 'legal-person', identifier: '91410400MA44ABCD1X' },
        reason: '申请信用修复',
        content: '本单位承诺已纠正失信行为',
        liability: '违反承诺的，记入信用记录',
        madeOn: '2026-11-27',
        validUntil: null,
        caseNumber: null,
        recognisingUnit: { name: '平顶山市市场监督管理局', code: '11410400MB0000000X' },
        acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB0000001X' },
        publicity: 'public',
        verifyBy: '2027-02-27',
      },
      accept: true,
    },
  }),
  /** 受理 or 不予受理 a submitted application. */
  'repairs:step': channel({
    request: RepairWindowStep,
    response: RepairDetail,
    roles: SIGNED_IN,
    action: '办理信用修复申请',
    sample: { id: 'r-1', baseVersion: 1, event: 'accept', reason: null },
  }),
  'repairs:list': channel({
    request: RepairListRequest,
    response: RepairList,
    roles: SIGNED_IN,
    action: '查看信用修复申请',
    sample: { sortBy: 'applicantName', sortDirection: 'asc' },
  }),
  'repairs:get': channel({
    request: z.object({ id: z.string().min(1) }),
    response: RepairDetail,
    roles: SIGNED_IN,
    action: '查看信用修复申请',
    sample: { id: 'r-1' },
  }),
};
