// User-visible text of 需复核 outside the sync page: the flag on a stored check's detail. 复核完成 is also the
// action of the sync page's list of flagged checks.
export const reviewFlagTexts = {
  title: '需复核',
  message: '该核查在离线或数据过期时完成，此后主体信用信息已更新，请重新核查',
  reason: (reason: string, time: string): string => `${reason}（标记于 ${time}）`,
  recheck: '重新核查',
  acknowledge: '复核完成',
} as const;
