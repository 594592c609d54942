// The columns of a 数据归集 CSV (the 双公示 field set of 行政许可 and 行政处罚). Headers are matched after NFKC
// (full-width brackets typed with a Chinese IME become ASCII) and without whitespace; each field also answers to
// the longer names of the national 双公示 standard, so a department can export its file as it already does.

export const columnFields = [
  'name',
  'uscc',
  'citizenId',
  'decisionNumber',
  'category',
  'content',
  'decisionOn',
  'publicationEndsOn',
  'authority',
  'licenceName',
  'penaltyType',
  'fineAmount',
  'legalRepresentative',
  'localCode',
  'severity',
  'domain',
  'procedure',
] as const;
export type ColumnField = (typeof columnFields)[number];

type ColumnSpec = { label: string; aliases: readonly string[]; required: boolean };

/** label: the name written in the examples and used in reports. */
export const COLUMNS: Readonly<Record<ColumnField, ColumnSpec>> = {
  name: { label: '相对人名称', aliases: ['行政相对人名称'], required: true },
  uscc: { label: '统一社会信用代码', aliases: ['行政相对人代码_1(统一社会信用代码)'], required: false },
  citizenId: { label: '身份证号', aliases: ['身份证号码', '居民身份证号码'], required: false },
  decisionNumber: {
    label: '决定文书号',
    aliases: ['行政许可决定文书号', '许可决定文书号', '行政处罚决定书文号', '处罚决定书文号'],
    required: true,
  },
  category: { label: '类别', aliases: [], required: true },
  content: { label: '内容', aliases: ['许可内容', '处罚内容'], required: true },
  decisionOn: { label: '决定日期', aliases: ['许可决定日期', '处罚决定日期'], required: true },
  publicationEndsOn: { label: '公示截止期', aliases: [], required: false },
  authority: { label: '决定机关', aliases: ['许可机关', '处罚机关'], required: true },
  licenceName: { label: '许可证书名称', aliases: [], required: false },
  penaltyType: { label: '处罚类别', aliases: [], required: false },
  fineAmount: { label: '罚款金额（万元）', aliases: ['罚款金额'], required: false },
  legalRepresentative: { label: '法定代表人', aliases: [], required: false },
  localCode: { label: '地方编码', aliases: [], required: false },
  severity: { label: '失信程度', aliases: ['失信严重程度', '失信等级'], required: false },
  domain: { label: '领域', aliases: ['所属领域', '行业领域'], required: false },
  procedure: { label: '处罚程序', aliases: ['行政处罚程序', '适用程序'], required: false },
};

const headerKey = (header: string): string => header.normalize('NFKC').replace(/\s/gu, '');

const byHeader = new Map<string, ColumnField>(
  columnFields.flatMap((field) =>
    [COLUMNS[field].label, ...COLUMNS[field].aliases].map((name) => [headerKey(name), field] as const),
  ),
);

export type HeaderProblem = { code: string; message: string; field?: string };

export type ResolvedHeader =
  | { ok: true; indexOf: ReadonlyMap<ColumnField, number>; width: number; unknown: string[] }
  | { ok: false; problem: HeaderProblem };

/** Which column holds which field. Unknown columns are returned (the report mentions them) and ignored. */
export function resolveHeader(headers: readonly string[]): ResolvedHeader {
  const indexOf = new Map<ColumnField, number>();
  const unknown: string[] = [];
  for (const [index, header] of headers.entries()) {
    if (headerKey(header) === '') continue;
    const field = byHeader.get(headerKey(header));
    if (field === undefined) {
      unknown.push(header.trim());
      continue;
    }
    if (indexOf.has(field)) {
      return {
        ok: false,
        problem: {
          code: 'duplicate-column',
          field: COLUMNS[field].label,
          message: `表头中「${COLUMNS[field].label}」出现了不止一次（第${(indexOf.get(field) ?? 0) + 1}列和第${index + 1}列），无法确定使用哪一列。`,
        },
      };
    }
    indexOf.set(field, index);
  }
  const missing = columnFields.filter((field) => COLUMNS[field].required && !indexOf.has(field));
  const labels = missing.map((field) => `「${COLUMNS[field].label}」`);
  if (!indexOf.has('uscc') && !indexOf.has('citizenId')) labels.push('「统一社会信用代码」或「身份证号」');
  if (labels.length > 0) {
    return {
      ok: false,
      problem: { code: 'missing-columns', message: `表头缺少必需的列：${labels.join('、')}。` },
    };
  }
  return { ok: true, indexOf, width: headers.length, unknown };
}
