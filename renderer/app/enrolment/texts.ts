// User-visible text of the enrolment form (登记本机): on the sync page and on the sign-in screen of a fresh device.
export const enrolFormTexts = {
  url: '市平台地址',
  urlHelper: '由部署配置指定，本机只会在此平台登记',
  code: '登记码',
  device: '本机名称',
  devicePlaceholder: '如：卫东区政务服务中心 3 号窗口',
  submit: '登记',
  submitting: '正在登记…',
  success: (deviceId: string): string => `登记成功，设备编号：${deviceId}。已开始首次同步。`,
} as const;
