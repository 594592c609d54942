/** What the core says to people about reports (the words of the report itself are in shared/report/labels.ts). */
export const reportMessages = {
  signInRequired: '请先登录',
  subjectNotFound: '本地缓存中没有该主体，请先同步或核对主体',
  issuingUnitMissing: '未设置出具单位：请管理员在“设置”中填写本单位名称后再出具',
  cacheEmpty: '本地缓存尚无数据，请先与市平台同步后再出具',
  notFound: '没有该编号的信用报告',
  printInBrowser: '请使用浏览器的打印功能（Ctrl+P）打印或另存为PDF',
} as const;
