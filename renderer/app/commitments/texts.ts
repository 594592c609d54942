// User-visible text of the commitment pieces several pages share (信用承诺).

/**
 * The new-commitment form's default 违诺责任 and the messages of the rules its schema adds to the contract's
 * (commitment-values.ts; the commitments page shows the form, a check result can open it prefilled).
 */
export const commitmentDraftTexts = {
  liabilityDefault:
    '如承诺不实或未履行承诺，自愿承担相应法律责任，接受行政机关终止办理、撤销有关决定等处理，并同意将失信信息记入信用记录、依法公开。',
  required: {
    madeOn: '请填写作出日期',
    madeAfterToday: '作出日期不能晚于今天',
    validUntil: '请填写有效期，或勾选“长期有效”',
    validBeforeMade: '有效期不能早于作出日期',
    verifyBy: '请填写核查期限',
    verifyBeforeMade: '核查期限不能早于作出日期',
    kindOfCitizenId: '填写身份证号码的承诺人类别应为“自然人”',
    kindOfUscc: '统一社会信用代码对应法人及非法人组织或个体工商户，承诺人类别不能为“自然人”',
  },
} as const;

/** The list of commitments: the commitments page and the dashboard's drill-down show it. */
export const commitmentsTableTexts = {
  label: '信用承诺列表',
  columns: {
    code: '承诺编码',
    committer: '承诺人',
    identifier: '代码',
    type: '类型',
    matter: '事项',
    madeOn: '作出日期',
    verifyBy: '核查期限',
    state: '状态',
    fulfilment: '履行',
  },
  notVerified: '未核查',
  falseCommitment: '虚假承诺',
  conflict: '同步冲突',
  rowLabel: (code: string, committer: string): string => `打开信用承诺：${code} ${committer}`,
} as const;
