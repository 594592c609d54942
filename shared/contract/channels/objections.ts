import { z } from 'zod';
import {
  ObjectionCandidates,
  ObjectionCreateRequest,
  ObjectionDetail,
  ObjectionList,
  ObjectionListRequest,
  ObjectionWindowStep,
} from '../../domain/objection';
import { SIGNED_IN, channel } from './entry';

// Objections to credit information (异议处理) taken in at the window; the 认定单位 decides at the platform.
export const objectionChannels = {
  /** The records and list entries of a subject one may object to. */
  'objections:candidates': channel({
    request: z.object({ subjectId: z.string().min(1) }),
    response: ObjectionCandidates,
    roles: SIGNED_IN,
    action: '查看可提出异议的信用记录',
    sample: { subjectId: 's-1' },
  }),
  /** Take in an objection at the window (已受理), with its materials and the applicant's 承诺. */
  'objections:create': channel({
    request: ObjectionCreateRequest,
    response: ObjectionDetail,
    roles: SIGNED_IN,
    action: '受理异议申请',
    sample: {
      subjectId: 's-1',
      checkId: null,
      targets: [{ targetTable: 'credit_records', targetId: 'r-1' }],
      grounds: 'error-or-omission',
      statement: '处罚决定已被复议撤销，仍在公示',
      applicant: {
        role: 'agent',
        name: '李四',
        idKind: 'citizen-id',
        idNumber: '410402199001011230',
        phone: '13800000000',
      },
      attachments: [],
      truthfulnessPledged: true,
    },
  }),
  /** 撤回 an open objection at the applicant's request. */
  'objections:step': channel({
    request: ObjectionWindowStep,
    response: ObjectionDetail,
    roles: SIGNED_IN,
    action: '办理异议申请',
    sample: { id: 'o-1', baseVersion: 1, event: 'withdraw', reason: '申请人撤回异议' },
  }),
  'objections:list': channel({
    request: ObjectionListRequest,
    response: ObjectionList,
    roles: SIGNED_IN,
    action: '查看异议申请',
    sample: { sortBy: 'createdAt', sortDirection: 'desc' },
  }),
  'objections:get': channel({
    request: z.object({ id: z.string().min(1) }),
    response: ObjectionDetail,
    roles: SIGNED_IN,
    action: '查看异议申请',
    sample: { id: 'o-1' },
  }),
};
