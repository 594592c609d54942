import type { CommitmentDetail } from '../../shared/domain/commitment';
import type { AppInfo } from '../../shared/domain/app';
import type { Catalogue } from '../../shared/domain/catalogue';

/** What app:info answers on a PC set up for an office, for component tests; override what a test is about. */
export const sampleAppInfo = (patch: Partial<AppInfo> = {}): AppInfo => ({
  version: '0.1.0',
  host: 'browser',
  dataDir: '/数据/信用核查工作台',
  cacheAsOf: '2026-12-06T09:00:00.000+08:00',
  demoData: false,
  trainingMode: false,
  settings: {
    staleAfterHours: 72,
    department: '叶县政务服务中心',
    departmentCode: '11410422MB1234567X',
    districtCode: '410422',
    lockAfterMinutes: 15,
    operatorName: '窗口',
  },
  connectivity: {
    state: 'online',
    platformUrl: 'https://xy.example.gov.cn',
    checkedAt: '2026-12-06T09:00:00.000+08:00',
  },
  ...patch,
});

/** A verified, broken commitment, as commitments:get answers it. */
export const sampleCommitmentDetail = (): CommitmentDetail => ({
  commitment: {
    id: 'commitment-7f3a',
    code: '41040020261128000001',
    committer: {
      name: '平顶山韶芮新材料科技有限公司',
      kind: 'legal-person',
      identifier: '91410471535100956D',
    },
    identifierKind: 'uscc',
    subjectId: 'demo-s-0010',
    type: 'approval-substitute',
    reason: '申请食品经营许可',
    content: '按期补交材料',
    liability: '撤销许可',
    madeOn: '2026-11-28',
    validUntil: null,
    matterCode: 'PDS-CG-001',
    caseNumber: '平审〔2026〕0001号',
    recognisingUnit: { name: '平顶山市市场监督管理局', code: '11410400005' },
    acceptingUnit: { name: '新华区政务服务中心', code: '11410402006' },
    publicity: 'public',
    verifyBy: '2026-12-28',
    checkId: 'check-91c2',
    state: 'verified',
    verification: {
      fulfilment: 'unfulfilled',
      unfulfilledContent: '未补交材料',
      liabilityPursued: '已撤销许可',
      falseCommitment: false,
      verifiedOn: '2026-12-02',
    },
    verifiedBy: '赵敏（zhaomin）',
    repairId: 'repair-55aa',
    recordId: 'commitment-failure-41040020261128000001',
    operator: '王芳（wangfang）',
    createdAt: '2026-11-28T09:00:00.000+08:00',
    updatedAt: '2026-12-02T09:00:00.000+08:00',
    version: 3,
  },
  matterName: '食品经营许可',
  identifierMasked: '91410471535100956D',
  due: 'verified',
  conflicts: [],
});

/** What catalogue:get answers, cut to two matters of two categories, for component tests. */
export const sampleCatalogue = (): Catalogue => ({
  listTypes: [],
  matterCategories: [
    { code: 'licensing', name: '行政许可' },
    { code: 'procurement', name: '政府采购' },
  ],
  matters: [
    {
      code: 'XK0101',
      name: '建筑工程施工许可',
      category: 'licensing',
      department: '平顶山市住房和城乡建设局',
    },
    { code: 'CG0101', name: '政府采购供应商资格审查', category: 'procurement', department: '叶县财政局' },
  ],
  measures: [],
});
