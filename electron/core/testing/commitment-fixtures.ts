import type { CommitmentDraft } from '../../../shared/domain/commitment';

/** A complete 审批替代型 commitment of a company for the building-permit matter, made on `madeOn`. */
export function makeDraft(
  identifier: string,
  overrides: Partial<CommitmentDraft> & { madeOn?: string } = {},
): CommitmentDraft {
  const madeOn = overrides.madeOn ?? '2026-11-27';
  return {
    committer: { name: '平顶山市鹰城建筑工程有限公司', kind: 'legal-person', identifier },
    type: 'approval-substitute',
    reason: '申请建筑工程施工许可证，以承诺替代施工图审查合格证明',
    content: '本单位承诺所提交的施工图设计文件符合工程建设强制性标准，并于30日内补交审查合格书',
    liability: '承诺不实的，愿意承担撤销许可、记入信用记录等法律责任',
    madeOn,
    validUntil: null,
    matterCode: 'PDS-XK-001',
    caseNumber: 'PDS-2026-0101',
    recognisingUnit: { name: '平顶山市住房和城乡建设局', code: '11410400005602131Q' },
    acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB1A23456X' },
    publicity: 'public',
    verifyBy: '2026-12-27',
    checkId: null,
    ...overrides,
  };
}
