import type { IdentifierKind } from '../domain/subject';

// Every word of the public credit report (公共信用信息报告, 信用中国 V2.0 layout, DOMAIN.md), in one place: the
// renderer, the printed PDF and the verification page show exactly these. Codes of the domain (status tags,
// record statuses, commitment types …) keep their labels in shared/domain/labels.ts and workflow-labels.ts; the
// title by kind of subject and the standard followed are data (resources/rules/report-policy.json).

/** The reports' common name (verification page, and the title of reports of schema 1). */
export const REPORT_TITLE = '公共信用信息报告';

/** 2022-09-07 → 2022年9月7日 */
const chineseDate = (day: string): string =>
  `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** The cover's statement of the standard the report follows. */
export const standardStatement = (standard: { name: string; issuer: string; issuedOn: string }): string =>
  `本报告依据《${standard.name}》（${standard.issuer}${chineseDate(standard.issuedOn)}印发）出具。`;

export const AUTHORISATION_LABEL = '查询授权';

/** The 授权 note of a natural person's report: how it was given, who recorded it and when. */
export const authorisationTexts = {
  inPerson: (recordedBy: string, day: string): string =>
    `信息主体本人持居民身份证到场申请查询，受理人${recordedBy}已核验身份证件，于${chineseDate(day)}记录授权。`,
  document: (signedOn: string, archive: string, recordedBy: string, day: string): string =>
    `信息主体已签署书面授权（签署日期${chineseDate(signedOn)}），授权书存档编号${archive}；受理人${recordedBy}于${chineseDate(day)}记录授权。`,
} as const;

/** The keys of the ten sections, in the order they are printed. */
export const sectionKeys = [
  'registration',
  'administration',
  'honours',
  'serious',
  'abnormal',
  'commitments',
  'evaluation',
  'judicial',
  'other',
  'improvement',
] as const;
type SectionKey = (typeof sectionKeys)[number];

export const sectionTitles: Record<SectionKey, string> = {
  registration: '登记注册基础信息',
  administration: '行政管理信息',
  honours: '诚实守信相关荣誉信息',
  serious: '严重失信主体名单信息',
  abnormal: '经营（活动）异常名录',
  commitments: '信用承诺信息',
  evaluation: '信用评价信息',
  judicial: '司法判决及执行信息',
  other: '其他信息',
  improvement: '信用状况提升建议',
};

/** The eight counts of 信用信息概要, in the order they are printed. */
export const summaryKeys = [
  'administration',
  'honours',
  'serious',
  'abnormal',
  'commitments',
  'evaluation',
  'judicial',
  'other',
] as const;
type SummaryKey = (typeof summaryKeys)[number];

export const summaryLabels: Record<SummaryKey, string> = {
  administration: '行政管理',
  honours: '诚实守信',
  serious: '严重失信',
  abnormal: '经营异常',
  commitments: '信用承诺',
  evaluation: '信用评价',
  judicial: '司法判决',
  other: '其他',
};

export const SUMMARY_TITLE = '信用信息概要';

export const coverLabels = {
  subjectName: '主体名称',
  subjectKind: '主体类别',
  tags: '主体状态',
  reportNumber: '报告编号',
  dataAsOf: '数据截止时间',
  issuingUnit: '出具单位',
  issuedOn: '出具日期',
  printedBy: '打印人',
} as const;

export const identifierLabels: Record<IdentifierKind, string> = {
  uscc: '统一社会信用代码',
  'citizen-id': '公民身份号码',
};

export const fieldLabels = {
  name: '名称',
  personName: '姓名',
  identifier: '证件号码',
  subjectKind: '主体类别',
  legalRepresentative: '法定代表人（负责人）',
  registeredOn: '成立日期',
  address: '住所',
  registrationStatus: '登记状态',
  regionCode: '所属行政区划代码',
} as const;

/** Table titles inside the sections. */
export const tableTitles = {
  licenses: '行政许可信息',
  penalties: '行政处罚信息',
  redLists: '守信激励对象名单信息',
  honours: '荣誉信息',
  serious: '严重失信主体名单',
  abnormal: '经营（活动）异常名录',
  commitments: '信用承诺',
  commitmentRecords: '信用承诺履约信息',
  publicCredit: '公共信用综合评价',
  industryGrades: '行业信用评价',
  evaluations: '信用评价记录',
  judicial: '司法判决及执行信息',
  other: '其他信息',
} as const;
export type TableKey = keyof typeof tableTitles;

/** Column headings. Record tables share one set; list entries another; commitments their own. */
export const recordColumns = {
  title: '事项名称',
  decisionNumber: '决定文书号',
  sourceDepartment: '认定部门',
  decisionOn: '决定日期',
  content: '内容',
  publicationEndsOn: '公示截止日期',
  status: '状态',
} as const;

export const entryColumns = {
  listName: '名单名称',
  listingUnit: '列入决定机关',
  listedOn: '列入日期',
  reason: '列入事由',
  documentNumber: '决定文书号',
  expiresOn: '有效期至',
} as const;

/** Grade results of section 7: 公共信用综合评价 and industry grades (never the 市场监管 risk class). */
export const gradeColumns = {
  scheme: '评价类别',
  result: '评价结果',
  evaluator: '评价单位',
  evaluatedOn: '评价日期',
  validUntil: '有效期至',
} as const;

export const commitmentColumns = {
  code: '承诺编码',
  type: '承诺类型',
  reason: '承诺事由',
  madeOn: '作出日期',
  validUntil: '有效期至',
  acceptingUnit: '受理单位',
  fulfilment: '履行状态',
} as const;

export const EMPTY_TABLE = '暂无相关信息';
export const NOT_RECORDED = '—';
export const LONG_TERM = '长期';
export const NO_GRADE = '暂无评价结果';
/** 有效期至 of a grade result valid until the next one. */
export const UNTIL_NEXT_EVALUATION = '至下次评价';
/** 履行状态 of a commitment not yet verified. */
export const NOT_YET_VERIFIED = '待核查';
/** The mark on a record repaired by 标注: kept in view, marked so. */
export const ANNOTATED_MARK = '已修复';

/**
 * 信用状况提升建议: neutral, each derived from a fact shown in the report (no scoring, no judgement of the
 * subject). Functions take the printed title of the record or list.
 */
export const suggestionTexts = {
  repairPenalty: (title: string) =>
    `行政处罚信息“${title}”：可在履行行政处罚决定规定的义务、纠正失信行为后，依法申请信用修复。`,
  repairCommitmentRecord: (title: string) =>
    `信用承诺履约信息“${title}”：可在履行承诺、纠正失信行为后，依法申请信用修复。`,
  leaveSeriousList: (name: string) =>
    `列入“${name}”：可在履行相关义务、纠正失信行为后，依法申请移出名单或信用修复。`,
  leaveAbnormalList: (name: string) =>
    `列入“${name}”：可在纠正导致列入的情形后，依法申请移出经营（活动）异常名录。`,
  fulfilCommitment: (code: string) =>
    `信用承诺（编码 ${code}）未全部履行：可按承诺内容继续履行并留存证明材料。`,
  keep: '未发现需要修复的失信信息。请继续依法诚信经营，按时履行各项承诺与法定义务。',
  keepPerson: '未发现需要修复的失信信息。请继续诚实守信，按时履行各项承诺与法定义务。',
} as const;

export const CLOSING_TITLE = '报告说明';

/** 报告说明: objective and neutral, no scoring; how to object and how to apply for repair. */
export const closingParagraphs = (issuingUnit: string): string[] => [
  `一、本报告由${issuingUnit}依据公共信用信息平台归集的公共信用信息出具。报告内容以封面所载数据截止时间的归集结果为准，此后发生的变化不在本报告中反映。`,
  '二、本报告仅客观记载依法可以公开的公共信用信息，不对信息主体作任何评分、评级或信用评价结论；第七部分所列评价结果由作出评价的单位负责。',
  '三、报告中自然人的公民身份号码已作遮蔽处理；已按规定终止公示、停止公示、屏蔽或删除的信息，以及依法不作为失信联合惩戒依据、不向信用信息共享平台报送的信息，不在本报告中显示，经标注修复的信息注明“已修复”。',
  '四、信息主体认为本报告记载的信息存在错误、遗漏，或侵犯其商业秘密、个人隐私等合法权益的，可向出具单位或作出认定的部门提出异议申请，并提供相关证明材料。',
  '五、信息主体对失信信息已履行相关义务、纠正失信行为的，可通过“信用中国”网站、当地信用网站或政务服务大厅信用修复窗口依法申请信用修复。信用修复不收取任何费用。',
  '六、本报告可凭报告编号和二维码在市公共信用信息平台核验真伪。',
];
