// User-visible text shown with a workflow item's edits the platform did not take (commitments, repairs).
export const workflowConflictTexts = {
  rejectedTitle: '市平台未接受本机的办理',
  rejected: (reason: string): string => `市平台未接受本机的这次办理：${reason}`,
  noReason: '市平台未说明原因',
  rejectedHint: '这次办理未在市平台生效，请按上述原因处理后重新办理；如有疑问请联系市平台管理员。',
  tried: '本机办理的内容',
  at: (time: string): string => `提交时间：${time}`,
} as const;
