import type { z } from 'zod';

/*
 * What a person reads when the core refuses a request as malformed. The contract's schemas carry their own
 * Chinese messages where a form shows them at a field; everything else (a type, a length, an enum) is worded
 * here, without the schema's words: no field path, no type name, no enum value reaches a person. The issues
 * themselves still travel as the refusal's details, for the program.
 */

/** The names people know the request's fields by; a field not named here is left out of the sentence. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  query: '查询内容',
  name: '名称',
  subjectName: '主体名称',
  applicantName: '申请人名称',
  committerName: '承诺人名称',
  identifier: '证件号码或统一社会信用代码',
  applicantIdentifier: '申请人证件号码',
  code: '代码',
  caseNumber: '办件编号',
  matterCode: '办理事项',
  matterName: '事项名称',
  regionCode: '行政区划',
  districtCode: '行政区划',
  department: '实施部门',
  acceptingUnit: '受理单位',
  unit: '单位',
  reason: '理由',
  result: '实施结果',
  legalBasis: '依据',
  amount: '金额',
  actedAt: '实施时间',
  queriedAt: '查询时间',
  inspectedOn: '检查日期',
  signedOn: '签署日期',
  from: '开始日期',
  to: '结束日期',
  since: '开始日期',
  until: '结束日期',
  period: '期间',
  seed: '随机种子',
  chosenRatios: '抽取比例',
  inspectorsPerSubject: '每户检查人员数',
  handlerName: '经办人姓名',
  handlerPhone: '经办人电话',
  username: '用户名',
  password: '密码',
  note: '备注',
  summary: '摘要',
  text: '内容',
  title: '标题',
  purpose: '用途',
  decisionNumber: '决定书文号',
  documentNumber: '文书编号',
  validTo: '有效期至',
  sortBy: '排序的列',
  sortDirection: '排序方向',
  limit: '每页条数',
  offset: '翻页位置',
  attachments: '附件',
  items: '反馈内容',
  measureCodes: '措施',
  staleAfterHours: '数据过期时限',
  lockAfterMinutes: '自动锁定时间',
};

/** The label of the innermost named field of an issue's path, if people have a name for it. */
const labelOf = (path: readonly PropertyKey[]): string | undefined => {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const key = path[index];
    if (typeof key === 'string' && Object.hasOwn(FIELD_LABELS, key)) return FIELD_LABELS[key];
  }
  return undefined;
};

const bound = (value: unknown): string => (typeof value === 'bigint' ? value.toString() : String(value));

/** Chinese for zod's own issues, used for any schema that did not word its message itself. */
export const requestErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '请填写' : '格式不正确';
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${bound(issue.maximum)} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${bound(issue.maximum)} 项`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `不能大于 ${bound(issue.maximum)}`;
      return '超出允许的范围';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '请填写' : `至少 ${bound(issue.minimum)} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? '请至少选择一项' : `至少 ${bound(issue.minimum)} 项`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `不能小于 ${bound(issue.minimum)}`;
      return '低于允许的范围';
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return '数值不符合要求';
    case 'unrecognized_keys':
      return '含有无法识别的内容';
    case 'invalid_value':
      return '不在可选的范围内';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return '格式不正确';
    default:
      return '内容不正确';
  }
};

/** Worded by a schema (Chinese, written for people) or by the map above; anything with Latin letters is not (forms use it too). */
export const readable = (message: string): string => (/[A-Za-z]/.test(message) ? '格式不正确' : message);

/** "请求内容不正确：办件编号不能超过 64 个字；…" — at most three issues, fields by their Chinese names. */
export function describeRequestIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = [
    ...new Set(
      issues.slice(0, 3).map((issue) => {
        const label = labelOf(issue.path);
        const message = readable(issue.message);
        return label === undefined || message.startsWith(label) ? message : `${label}：${message}`;
      }),
    ),
  ];
  return `请求内容不正确：${parts.join('；')}`;
}

/** What the person typed, quoted back in a message: in “”, cut to a length a message can hold. */
export const quoteInput = (value: string, max = 40): string =>
  `“${value.length > max ? `${value.slice(0, max)}…` : value}”`;
