/** What the core says to people about reports (the words of the report itself are in shared/report/labels.ts). */
export const reportMessages = {
  signInRequired: '请先登录',
  subjectNotFound: '本机数据中没有该主体，请先同步或核对主体',
  issuingUnitMissing: '未设置出具单位：请管理员在“设置”中填写本单位名称后再出具',
  cacheEmpty: '本机尚无数据，请先与市平台同步后再出具',
  notFound: '没有该编号的信用报告',
  authorisationRequired:
    '出具个人公共信用信息报告须经本人授权：请确认本人持居民身份证到场，或附上本人签署的授权书',
  authorisationNotApplicable: '该主体的报告无需个人授权，请勿附授权信息',
  personNotSubject:
    '到场人姓名与报告主体姓名不一致：个人的报告须由本人持居民身份证到场，或附本人签署的授权书',
  signedInFuture: '授权书的签署日期晚于今天，请核对',
  documentMissing: '授权书附件未在本机保存，请重新选择文件',
} as const;
