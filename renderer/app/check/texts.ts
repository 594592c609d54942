// User-visible text the check store sets: why the approval context or an override reason is refused.
export const checkStoreTexts = {
  context: {
    caseNumberRequired: '请填写办件编号',
    caseNumberTooLong: '办件编号过长',
    matterRequired: '请选择事项',
    noteTooLong: '备注过长',
  },
  overrideReasonTooShort: '请填写不少于4个字的理由',
} as const;
