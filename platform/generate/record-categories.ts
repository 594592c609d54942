// What the city's credit records are: the mix of categories per kind of subject, and the words of commitments
// and judicial records. The licences and penalties themselves are the shared templates (synthetic/).
import { CITY_MSA, DEBTOR_GROUNDS } from './synthetic';
import type { SubjectClass } from './subject-row';

export type OtherCategory = 'honor' | 'commitment' | 'evaluation' | 'judicial' | 'other';
export type RecordCategory = 'license' | 'penalty' | OtherCategory;

// Mostly licences and penalties (双公示), as a public credit report shows them; natural persons mostly
// penalties and court judgments.
export const CATEGORY_WEIGHTS: Readonly<
  Record<SubjectClass, readonly (readonly [RecordCategory, number])[]>
> = {
  '91': [
    ['license', 60],
    ['penalty', 28],
    ['honor', 3],
    ['commitment', 4],
    ['evaluation', 3],
    ['judicial', 1],
    ['other', 1],
  ],
  '92': [
    ['license', 58],
    ['penalty', 33],
    ['commitment', 5],
    ['judicial', 1],
    ['other', 3],
  ],
  '93': [
    ['license', 60],
    ['penalty', 25],
    ['honor', 3],
    ['commitment', 5],
    ['evaluation', 3],
    ['judicial', 2],
    ['other', 2],
  ],
  '12': [
    ['license', 70],
    ['penalty', 10],
    ['honor', 5],
    ['commitment', 5],
    ['other', 10],
  ],
  '52': [
    ['license', 50],
    ['penalty', 10],
    ['honor', 10],
    ['commitment', 10],
    ['other', 20],
  ],
  citizen: [
    ['license', 25],
    ['penalty', 50],
    ['commitment', 5],
    ['judicial', 20],
  ],
};

export const COMMITMENT_TYPES = [
  '审批替代型',
  '容缺受理型',
  '证明事项型',
  '信用修复型',
  '行业自律型',
  '主动型',
] as const;

export const COMMITMENT_DEPARTMENTS = [
  '平顶山市行政审批和政务信息管理局',
  CITY_MSA,
  '平顶山市交通运输局',
  '平顶山市住房和城乡建设局',
  '平顶山市人力资源和社会保障局',
] as const;

/** The grounds a judicial record names (the list entries name the fourth, 规避执行, too). */
export const JUDICIAL_GROUNDS = DEBTOR_GROUNDS.slice(0, 3).map((ground) => ground.reason);
