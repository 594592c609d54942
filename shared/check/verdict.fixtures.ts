// Shared fixtures of the verdict tests: a policy with every rule on, a company, lists, measures and entries.
import type { ListEntry, ListType, Matter, Measure, Subject } from '../domain';
import { freshness } from './freshness';
import type { CheckPolicy } from './policy';
import type { EvaluationInput } from './verdict';

export const policy: CheckPolicy = {
  version: 'test',
  staleRequiresReview: true,
  inactiveRequiresReview: true,
  punishmentSuppressesIncentive: true,
  incentiveBars: { listKinds: ['serious'], commitmentFailures: ['false'], basis: 'test', confirmed: false },
  notFound: {
    externalQueryCategories: ['procurement', 'bidding', 'public-resources'],
    channels: [
      { name: '信用中国', address: 'www.creditchina.gov.cn' },
      { name: '信用河南', address: '“信用河南”网站' },
    ],
    basis: 'test',
    confirmed: false,
  },
  representative: {
    listKinds: ['serious'],
    reviewCategories: ['procurement'],
    basis: 'test',
    confirmed: false,
  },
  override: { requiresReview: true, basis: 'test', confirmed: false },
  defaultStaleAfterHours: 72,
  basis: 'test',
};

export const subject: Subject = {
  id: 's1',
  name: '平顶山市测试建设有限公司',
  identifier: '91410400MA00000000',
  identifierKind: 'uscc',
  kind: 'legal-person',
  regionCode: '410400',
  legalRepresentative: '张三',
  registeredOn: '2010-01-01',
  address: null,
  status: 'active',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export const listTypes: ListType[] = [
  { code: 'DEBTOR', name: '失信被执行人', kind: 'serious', authority: '法院' },
  { code: 'A_TAX', name: 'A级纳税人', kind: 'red', authority: '税务' },
  { code: 'ABNORMAL', name: '经营异常名录', kind: 'abnormal', authority: '市场监管' },
];

export const measure = (
  code: string,
  listType: string,
  direction: Measure['direction'],
  categories: string[],
): Measure => ({
  code,
  listType,
  name: code,
  direction,
  measureClass: '1',
  legalBasis: `basis of ${code}`,
  matterCategories: categories,
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
  scope: 'window',
});

export const measures: Measure[] = [
  measure('M-PROCURE', 'DEBTOR', 'punishment', ['procurement']),
  measure('M-STRICT', 'DEBTOR', 'punishment', ['licensing']),
  measure('M-GREEN', 'A_TAX', 'incentive', ['licensing', 'procurement']),
  measure('M-OLD', 'A_TAX', 'incentive', ['procurement']),
  measure('M-WATCH', 'ABNORMAL', 'punishment', ['licensing']),
];
measures[3] = { ...measures[3]!, effectiveTo: '2020-12-31' };

export const entry = (id: string, listType: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  id,
  subjectId: 's1',
  listType,
  listedOn: '2025-01-01',
  listingUnit: 'unit',
  reason: 'reason',
  documentNumber: null,
  expiresOn: null,
  removedOn: null,
  status: 'active',
  ...extra,
});

export const procurement: Matter = {
  code: 'P1',
  name: '政府采购',
  category: 'procurement',
  department: '财政局',
};
export const licensing: Matter = { code: 'L1', name: '许可', category: 'licensing', department: '住建局' };
export const now = new Date('2026-11-27T02:00:00Z');
export const fresh = freshness('2026-11-27T08:00:00.000+08:00', now, 72);

export const input = (extra: Partial<EvaluationInput>): EvaluationInput => ({
  subject,
  entries: [],
  failures: [],
  representative: null,
  listTypes,
  measures,
  matter: procurement,
  day: '2026-11-27',
  freshness: fresh,
  policy,
  overridden: false,
  ...extra,
});
