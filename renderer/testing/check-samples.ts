import type { Measure } from '../../shared/domain/catalogue';
import type { CheckDetail, Hit } from '../../shared/domain/check';

/** A check's id in component tests. */
export const SAMPLE_CHECK_ID = '5f0c2d8e-1b7a-4c39-9e51-2a7d3c4b6f10';

export const sampleMeasure = (code: string, name: string, legalBasis: string): Measure => ({
  code,
  listType: 'DISHONEST_JUDGMENT_DEBTOR',
  name,
  direction: 'punishment',
  measureClass: '1',
  legalBasis,
  matterCategories: ['procurement'],
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  scope: 'window',
});

/** An actionable 失信被执行人 hit with two punishments sharing one of their documents. */
export const sampleHit = (patch: Partial<Hit> = {}): Hit => ({
  key: 'e-debtor',
  entry: {
    id: 'e-debtor',
    subjectId: 'demo-s-0001',
    listType: 'DISHONEST_JUDGMENT_DEBTOR',
    listedOn: '2026-03-15',
    listingUnit: '平顶山市中级人民法院',
    reason: '有履行能力而拒不履行生效法律文书确定义务',
    documentNumber: null,
    expiresOn: null,
    removedOn: null,
    status: 'active',
  },
  listType: {
    code: 'DISHONEST_JUDGMENT_DEBTOR',
    name: '失信被执行人',
    kind: 'serious',
    authority: '人民法院',
  },
  incentives: [],
  punishments: [
    sampleMeasure('M-01', '限制参加政府采购活动', '《意见》；《政府采购法》'),
    sampleMeasure('M-02', '从严审核行政许可', '《意见》'),
  ],
  notApplicable: [],
  supervisory: [],
  actionable: true,
  incentivesSuppressed: true,
  ...patch,
});

/**
 * A stored check of a company not in the city's data as check:get, check:feedback and check:external-query
 * answer it; `checkedAt` an hour ago by default, so that now is a time after the check.
 */
export const sampleCheckDetail = (
  checkedAt = new Date(Date.now() - 3_600_000).toISOString(),
  patch: Partial<CheckDetail> = {},
): CheckDetail => ({
  result: {
    checkId: SAMPLE_CHECK_ID,
    checkedAt,
    operator: '王芳（wangfang）',
    context: {
      caseNumber: 'PDS-2026-0042',
      matter: {
        code: 'PDS-CG-001',
        name: '政府采购供应商资格审查',
        category: 'procurement',
        department: '财政局',
      },
      note: null,
    },
    query: {
      by: 'identifier',
      raw: '91410400MA44TEKT0X',
      normalized: '91410400MA44TEKT0X',
      kind: 'uscc',
      warnings: [],
      overrideReason: null,
    },
    found: false,
    subject: null,
    tags: [],
    grade: null,
    grades: [],
    hits: [],
    records: [],
    verdict: { code: 'review', reasons: [] },
    freshness: { cacheAsOf: checkedAt, ageHours: 1, staleAfterHours: 72, stale: false },
    offline: false,
    acceptingUnit: { name: '平顶山市行政审批服务局', code: '11410400MB0000000X' },
  },
  feedback: [],
  feedbackState: { required: 0, recorded: 0, open: false },
  externalQueries: [],
  standing: { supersededBy: null, externalQueryOpen: false },
  ...patch,
});
