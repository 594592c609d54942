// User-visible text of the first-run checklist (本机设置检查).
export const setupTexts = {
  title: '首次使用：请完成本机设置',
  intro: (withPlatform: boolean): string =>
    `以下各项完成前，核查记录、反馈和承诺书中的受理单位可能为空${withPlatform ? '，本机也无法与市平台同步' : ''}。`,
  open: '去设置',
  openSync: '去登记',
  done: '已完成',
  missing: '未完成',
  /** To everyone but the administrator, while the office is not set. */
  noUnitForOthers:
    '本机尚未设置受理单位，核查记录和反馈中的受理单位、实施部门需要手工填写。请联系管理员在“设置”中填写。',
  items: {
    department: '受理单位名称',
    departmentMissing: '尚未填写',
    departmentCode: '受理单位代码',
    departmentCodeMissing: '尚未填写（统一社会信用代码或本单位代码）',
    district: '所在区划',
    districtDetail: (name: string): string => `${name}（县区窗口请改为本县区）`,
    platform: '市平台地址',
    platformMissing: '未配置：由信息技术人员安装部署配置文件',
    enrolment: '本机登记',
    enrolled: '已登记到市平台',
    enrolmentMissing: '尚未登记：在“同步”页面填写管理员提供的登记码',
  },
} as const;
