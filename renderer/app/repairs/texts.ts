// User-visible text of a new credit-repair application as its store and draft set it (the repairs page shows the
// wizard; 申请信用修复 on a check result's credit records starts one), and of that entry point.
export const repairDraftTexts = {
  pickRequired: '请选择要修复的记录',
  outcomeMismatch: '所选修复方式不适用于该记录，请重新选择',
  duplicate: (name: string): string => `“${name}”与已添加的材料内容相同，未重复添加`,
  identifierMismatch: '号码与申请主体不一致',
  reasonDefault: (title: string): string => `申请信用修复：${title}`,
} as const;

/** The standard wording of a 信用修复承诺书; the clerk may edit it with the applicant. */
export const commitmentDefaults = {
  content:
    '本单位（人）承诺已履行法定责任和义务、纠正失信行为，所提交的信用修复申请材料真实、准确、完整，' +
    '自愿接受有关部门的核查和社会监督。',
  liability:
    '如违反承诺，愿意承担相应法律责任，并同意将违诺情况记入信用记录；已修复的失信信息按规定恢复公示。',
} as const;

/** The entry point in a check result's credit records. */
export const entryTexts = {
  apply: '申请信用修复',
  applyLabel: (title: string): string => `为“${title}”申请信用修复`,
} as const;
