// User-visible text of the check result card (evidence snapshot), shown by the check page and the records detail.
export const resultTexts = {
  verdictTitle: '核查结论',
  meta: {
    caseNumber: '办件编号',
    matter: '事项',
    checkedAt: '核查时间',
    operator: '受理人',
    checkId: '核查编号',
    note: '备注',
  },
  subject: {
    name: '主体名称',
    kind: '主体类别',
    identifier: '代码/证件号码',
    region: '所属区划',
    tags: '状态',
    /** The single grade of snapshots taken before the grade schemes. */
    grade: '信用等级（旧记录）',
    legalRepresentative: '法定代表人',
    noGrade: '无',
  },
  grades: {
    title: '信用评价',
    hint: '以下评价结果仅作提示，不改变核查结论',
    none: '本机数据中没有该主体在有效期内的信用评价结果',
    result: (label: string, grade: string): string =>
      label.startsWith(grade) ? label : `${grade}（${label}）`,
    evaluator: '评价单位',
    evaluatedOn: '评价日期',
    validUntil: '有效期至',
    untilNext: '至下次评价',
    source: '来源',
    basis: '提示依据',
    unconfirmed: '（依据待确认）',
  },
  noRecord: (time: string): string => `本机数据（截至 ${time}）未查到该主体`,
  noRecordNoCache: '本机尚无已同步的数据，未查到该主体',
  queried: (value: string): string => `查询号码：${value}`,
  nearMatches: (names: string): string => `核查时提示的代码相近主体：${names}`,
  overridden: (reason: string): string => `代码校验未通过，已人工确认：${reason}`,
  freshness: {
    stale: (time: string, hours: number): string =>
      `本机数据截至 ${time}，已超过 ${hours} 小时未同步，结论需人工研判`,
    staleNoData: '本机尚无已同步的数据，结论需人工研判',
    fresh: (time: string): string => `本机数据截至 ${time}`,
  },
  hits: {
    title: (count: number): string => `命中名单（${count}）`,
    none: '未命中任何红名单、严重失信名单或经营异常名录',
    listingUnit: '认定单位',
    listedOn: '列入日期',
    expiresOn: '有效期至',
    reason: '列入事由',
    documentNumber: '文书号',
    legalBasis: '法律依据',
    // Class of the national basic list (《全国失信惩戒措施基础清单》): digits read 基础清单第N类, with what the class
    // means on hover; other data is shown only when it is Chinese text.
    measureClass: (value: string): string =>
      /^\d+$/.test(value) ? `基础清单第${value}类` : /\p{Script=Han}/u.test(value) ? value : '',
    // DOMAIN.md: the three classes of the basic list; the third is marked there as not confirmed from the text.
    measureClassMeaning: (value: string): string =>
      ({
        '1': '第1类：公共管理机构依法依规实施的减损权益或增加义务的措施',
        '2': '第2类：公共管理机构根据履职需要实施的相关管理措施',
        '3': '第3类：公共管理机构以外的组织自主实施的措施',
      })[value] ?? '',
    incentivesSuppressed: '本事项不实施该名单的守信激励措施（原因见核查结论）',
    supervisory: '监管提示',
    supervisoryHint: '以下措施由监管部门在日常监管中实施，不属于窗口办理措施，不影响本次办理结论，无需反馈',
    noMeasures: '本名单在本事项中无适用措施',
    notApplicable: (count: number): string => `不适用于本事项的措施（${count}）`,
    notApplicableHint: '以下措施的依据不涵盖本事项，按过惩相当原则不予实施',
    actionable: '需反馈',
    answered: '已反馈',
  },
  records: {
    title: (count: number): string => `信用记录（${count}）`,
    category: '类别',
    recordTitle: '名称',
    department: '来源部门',
    decisionNumber: '决定文书号',
    decisionOn: '决定日期',
    publicationEndsOn: '公示截止',
    status: '状态',
  },
  commitmentRoute: {
    allowed: '可适用告知承诺制',
    barred: (types: string): string => `不适用告知承诺制（${types}承诺）`,
    barredHint: '存在以下情形，在信用修复前不得作出上述类型的承诺：',
    openTypes: (types: string): string => `${types}承诺不受影响。`,
    start: '按告知承诺办理',
  },
  related: {
    title: (name: string, identifier: string): string => `关联提示：法定代表人${name}（${identifier}）`,
    affectsVerdict: '本类事项中，法定代表人的严重失信情形须人工研判后再作结论。',
    notice: '法定代表人的严重失信情形仅作提示，不改变本事项的核查结论。',
    listing: (list: string, unit: string, on: string): string => `${list}（${unit}，${on}列入）`,
  },
  recheck: (time: string, checkId: string): string =>
    `本次为重新核查：本办件已于 ${time} 核查（核查编号 ${checkId}），前次核查不再单独计数。`,
  recheckCarried: (count: number): string => `前次核查已反馈的 ${count} 项名单记录无需重复反馈。`,
  empty: '—',
} as const;
