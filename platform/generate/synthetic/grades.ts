// Grade results of synthetic subjects (subject_grades), under the schemes of resources/rules/grade-policy.json:
// 市场监管's 企业信用风险分类 (market-risk), 公共信用综合评价 (public-credit) and 纳税信用 (tax-credit).
import type { SubjectGrade } from '../../../shared/domain/grade';
import { PUBLIC_CREDIT_EVALUATOR, TAX_BUREAU } from './record-templates';
import type { Region } from './regions';

export type GradeFields = Omit<SubjectGrade, 'id' | 'subjectId'>;
/** How a source names the data it came from: the demo data set's or the generated city's. */
export type DataLabel = '演示数据' | '合成数据';

/** A risk class evaluated by the market regulator of the subject's district. */
export const riskClassFields = (
  region: Region,
  grade: string,
  evaluatedOn: string,
  label: DataLabel,
): GradeFields => ({
  scheme: 'market-risk',
  grade,
  evaluator: region.marketRegulator,
  evaluatedOn,
  validUntil: null,
  source: `企业信用风险分类结果（市场监管部门按月推送，${label}）`,
});

export const publicCreditFields = (grade: string, evaluatedOn: string, label: DataLabel): GradeFields => ({
  scheme: 'public-credit',
  grade,
  evaluator: PUBLIC_CREDIT_EVALUATOR,
  evaluatedOn,
  validUntil: null,
  source: `全国公共信用综合评价结果（经省信用平台推送，${label}）`,
});

/** A 纳税信用 level of an evaluation year, published in April of the next and valid until the list after. */
export const taxCreditFields = (
  grade: string,
  evaluationYear: number,
  publishedOn: string,
  label: DataLabel,
): GradeFields => ({
  scheme: 'tax-credit',
  grade,
  evaluator: TAX_BUREAU,
  evaluatedOn: publishedOn,
  validUntil: `${evaluationYear + 2}-04-30`,
  source: `${evaluationYear}年度纳税信用评价结果（${label}）`,
});
