import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commitment, CreditRecord, ListEntry, ListType, Subject, SubjectGrade } from '../domain';
import type { ReportAuthorisation } from '../domain/report';
import { gradeNotices } from '../grades/current';
import { GradePolicy } from '../grades/policy';
import { RecordRules } from '../records/record-rules';
import { buildCreditReport, type CreditReportInput } from './build';
import { canonicalReportJson } from './canonical';
import { ANNOTATED_MARK, sectionTitles } from './labels';
import { CreditReport } from './model';
import { ReportPolicy } from './policy';

const readRules = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/rules/${file}`, import.meta.url), 'utf8'));
const gradePolicy = GradePolicy.parse(readRules('grade-policy.json'));
const reportPolicy = ReportPolicy.parse(readRules('report-policy.json'));

const DAY = '2026-11-27';
const recordRules = RecordRules.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/record-rules.json', import.meta.url), 'utf8')),
);
const USCC = '91350100M000100Y43';
const CITIZEN_ID = '410402199003120297';
const CITIZEN_MASKED = '410402********0297';

const company: Subject = {
  id: 's-company',
  name: '平顶山市测试建设有限公司',
  identifier: USCC,
  identifierKind: 'uscc',
  kind: 'legal-person',
  regionCode: '410402',
  legalRepresentative: '张三',
  registeredOn: '2010-01-01',
  address: '平顶山市新华区测试路1号',
  status: 'active',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const person: Subject = {
  ...company,
  id: 's-person',
  name: '李四',
  identifier: CITIZEN_ID,
  identifierKind: 'citizen-id',
  kind: 'natural-person',
  legalRepresentative: null,
  registeredOn: null,
  address: '平顶山市卫东区某小区3号楼',
};

const listTypes: ListType[] = [
  { code: 'A_TAX', name: 'A级纳税人', kind: 'red', authority: '税务' },
  { code: 'DEBTOR', name: '失信被执行人', kind: 'serious', authority: '法院' },
  { code: 'ABNORMAL', name: '经营异常名录', kind: 'abnormal', authority: '市场监管' },
];

const entry = (
  id: string,
  subjectId: string,
  listType: string,
  extra: Partial<ListEntry> = {},
): ListEntry => ({
  id,
  subjectId,
  listType,
  listedOn: '2026-01-10',
  listingUnit: '认定单位',
  reason: `列入事由 ${id}`,
  documentNumber: null,
  expiresOn: null,
  removedOn: null,
  status: 'active',
  ...extra,
});

const record = (
  id: string,
  subjectId: string,
  category: CreditRecord['category'],
  extra: Partial<CreditRecord> = {},
): CreditRecord => ({
  id,
  subjectId,
  category,
  title: `记录 ${id}`,
  content: `内容 ${id}`,
  sourceDepartment: '市市场监督管理局',
  decisionNumber: `平文〔2026〕${id}号`,
  decisionOn: '2026-03-01',
  publicationEndsOn: '2027-03-01',
  status: 'published',
  severity: 'general',
  ...extra,
});

const commitment = (id: string, subject: Subject, extra: Partial<Commitment> = {}): Commitment => ({
  id,
  code: `41040220260301001${id.slice(-3).padStart(3, '0')}`,
  committer: { name: subject.name, kind: subject.kind, identifier: subject.identifier },
  identifierKind: subject.identifierKind,
  subjectId: subject.id,
  type: 'approval-substitute',
  reason: '申请建筑业企业资质',
  content: '承诺所报材料真实有效',
  liability: '承担违诺责任',
  madeOn: '2026-03-01',
  validUntil: null,
  matterCode: 'M001',
  caseNumber: null,
  recognisingUnit: { name: '市住建局', code: '11410400MB0000000X' },
  acceptingUnit: { name: '市政务服务中心', code: '11410400MB0000001X' },
  publicity: 'public',
  verifyBy: '2026-06-01',
  checkId: null,
  state: 'pending',
  verification: null,
  verifiedBy: null,
  repairId: null,
  recordId: null,
  operator: 'clerk',
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
  version: 1,
  ...extra,
});

const grade = (scheme: string, code: string, extra: Partial<SubjectGrade> = {}): SubjectGrade => ({
  id: `g-${scheme}`,
  subjectId: company.id,
  scheme,
  grade: code,
  evaluator: `${scheme} 评价单位`,
  evaluatedOn: '2026-07-15',
  validUntil: null,
  source: '测试数据',
  ...extra,
});

/** One result under each scheme: the report may print the first two, never the risk class. */
const companyGrades = gradeNotices(
  gradePolicy,
  [
    grade('public-credit', 'A', { evaluator: '国家公共信用信息中心' }),
    grade('tax-credit', 'D', { evaluator: '国家税务总局平顶山市税务局', validUntil: '2027-04-30' }),
    grade('market-risk', 'D', { evaluator: '平顶山市市场监督管理局' }),
    grade('somebody-elses-scheme', 'X'),
  ],
  DAY,
);

const inPerson: ReportAuthorisation = {
  method: 'in-person',
  personName: '李四',
  idCardChecked: true,
  recordedBy: '督导甲',
  recordedAt: '2026-11-27T09:30:00.000+08:00',
};

const base = (
  subject: Subject,
): Omit<CreditReportInput, 'subject' | 'entries' | 'records' | 'commitments'> => ({
  grades: subject === company ? companyGrades : [],
  policy: reportPolicy,
  authorisation: subject === person ? inPerson : null,
  listTypes,
  recordRules,
  reportNumber: 'XYBG410402202611270120007',
  dataAsOf: '2026-11-27T01:30:00.000Z',
  issuingUnit: '平顶山市公共信用信息中心',
  day: DAY,
  printedBy: subject === person ? '督导甲' : '督导乙',
});

const companyInput: CreditReportInput = {
  ...base(company),
  subject: company,
  entries: [
    entry('e-red', company.id, 'A_TAX'),
    entry('e-serious', company.id, 'DEBTOR'),
    entry('e-abnormal', company.id, 'ABNORMAL'),
    entry('e-removed', company.id, 'DEBTOR', { status: 'removed', removedOn: '2026-05-01' }),
    entry('e-expired', company.id, 'ABNORMAL', { expiresOn: '2026-11-26' }),
    entry('e-unknown-type', company.id, 'NOT_IN_CATALOGUE'),
    entry('e-other-subject', 'someone-else', 'DEBTOR'),
  ],
  records: [
    record('r-license', company.id, 'license'),
    record('r-penalty', company.id, 'penalty', { decisionOn: '2026-04-01' }),
    record('r-penalty-annotated', company.id, 'penalty', {
      status: 'repaired',
      repairOutcome: 'annotate',
      repairedOn: '2026-09-01',
    }),
    record('r-penalty-ended', company.id, 'penalty', { publicationEndsOn: '2026-11-26' }),
    record('r-penalty-stopped', company.id, 'penalty', {
      status: 'repaired',
      repairOutcome: 'stop-publication',
    }),
    record('r-penalty-unpublished', company.id, 'penalty', { status: 'unpublished' }),
    record('r-honor', company.id, 'honor'),
    record('r-commitment', company.id, 'commitment', { commitmentFailure: 'unfulfilled' }),
    record('r-evaluation', company.id, 'evaluation'),
    record('r-judicial', company.id, 'judicial'),
    record('r-other', company.id, 'other'),
  ],
  commitments: [
    commitment('c-001', company, {
      state: 'verified',
      verification: {
        fulfilment: 'partial',
        unfulfilledContent: '未按期补交材料',
        liabilityPursued: '记入信用记录',
        falseCommitment: false,
        verifiedOn: '2026-06-01',
      },
    }),
    commitment('c-002', company, { publicity: 'private' }),
    commitment('c-003', company, { publicity: 'restricted' }),
  ],
};

const sectionOf = (report: CreditReport, key: string) => {
  const section = report.sections.find((candidate) => candidate.key === key);
  if (!section) throw new Error(`no section ${key}`);
  return section;
};
const rowIds = (report: CreditReport, key: string) =>
  sectionOf(report, key).tables.map((table) => table.rows.map((row) => row.id));

describe('buildCreditReport for a legal person', () => {
  const report = buildCreditReport(companyInput);

  it('is a valid model with the ten sections in order and their titles', () => {
    expect(CreditReport.parse(report)).toEqual(report);
    expect(report.sections.map((section) => [section.number, section.title])).toEqual([
      [1, '登记注册基础信息'],
      [2, '行政管理信息'],
      [3, '诚实守信相关荣誉信息'],
      [4, '严重失信主体名单信息'],
      [5, '经营（活动）异常名录'],
      [6, '信用承诺信息'],
      [7, '信用评价信息'],
      [8, '司法判决及执行信息'],
      [9, '其他信息'],
      [10, '信用状况提升建议'],
    ]);
    expect(report.sections.map((section) => section.title)).toEqual(Object.values(sectionTitles));
  });

  it('has a cover with the full USCC, the tags, number, data-as-of and issuing unit', () => {
    expect(report.schemaVersion).toBe(2);
    expect(report.cover).toMatchObject({
      title: '法人和非法人组织公共信用信息报告',
      basis: '本报告依据《公共信用信息报告标准（2022年版）》（国家公共信用信息中心2022年9月7日印发）出具。',
      subjectName: company.name,
      identifier: USCC,
      identifierLabel: '统一社会信用代码',
      reportNumber: 'XYBG410402202611270120007',
      dataAsOf: '2026-11-27T01:30:00.000Z',
      issuingUnit: '平顶山市公共信用信息中心',
      issuedOn: DAY,
    });
    expect(report.cover.labels.subjectKind).toBe('主体类别');
    expect(report.authorisation).toBeNull();
    expect(report.cover.tags.map((tag) => tag.label)).toEqual([
      '失信惩戒对象',
      '经营异常',
      '守信激励对象',
      '存续',
    ]);
  });

  it('prints only public information as of the day', () => {
    expect(rowIds(report, 'administration')).toEqual([['r-license'], ['r-penalty', 'r-penalty-annotated']]);
    expect(rowIds(report, 'honours')).toEqual([['e-red'], ['r-honor']]);
    expect(rowIds(report, 'serious')).toEqual([['e-serious']]);
    expect(rowIds(report, 'abnormal')).toEqual([['e-abnormal']]);
    expect(rowIds(report, 'commitments')).toEqual([['c-001'], ['r-commitment']]);
    expect(rowIds(report, 'evaluation')).toEqual([
      ['public-credit:2026-07-15'],
      ['tax-credit:2026-07-15'],
      ['r-evaluation'],
    ]);
    expect(rowIds(report, 'judicial')).toEqual([['r-judicial']]);
    expect(rowIds(report, 'other')).toEqual([['r-other']]);
    const text = JSON.stringify(report);
    for (const hidden of ['r-penalty-ended', 'r-penalty-stopped', 'r-penalty-unpublished', 'e-removed'])
      expect(text).not.toContain(hidden);
    for (const hidden of ['e-expired', 'e-unknown-type', 'e-other-subject', 'c-002', 'c-003'])
      expect(text).not.toContain(hidden);
  });

  it('counts each summary item as the rows its section prints', () => {
    expect(report.summary.items.map((item) => [item.label, item.count])).toEqual([
      ['行政管理', 3],
      ['诚实守信', 2],
      ['严重失信', 1],
      ['经营异常', 1],
      ['信用承诺', 2],
      ['信用评价', 3],
      ['司法判决', 1],
      ['其他', 1],
    ]);
  });

  it('marks a record repaired by 标注 and shows a published one as 公示中', () => {
    const penalties = sectionOf(report, 'administration').tables[1]!;
    const annotated = penalties.rows.find((row) => row.id === 'r-penalty-annotated')!;
    const published = penalties.rows.find((row) => row.id === 'r-penalty')!;
    expect(annotated.marks).toEqual([ANNOTATED_MARK]);
    expect(annotated.cells.at(-1)).toBe('已修复');
    expect(published.marks).toEqual([]);
    expect(published.cells.at(-1)).toBe('公示中');
    expect(penalties.columns.length).toBe(published.cells.length);
  });

  it('shows a commitment with its type, accepting unit and fulfilment', () => {
    const row = sectionOf(report, 'commitments').tables[0]!.rows[0]!;
    expect(row.cells).toEqual([
      '41040220260301001001',
      '审批替代型',
      '申请建筑业企业资质',
      '2026-03-01',
      '长期',
      '市政务服务中心',
      '部分履行',
    ]);
  });

  it('prints the 公共信用综合评价 and industry grades with evaluator and date, never the risk class', () => {
    const [publicCredit, industry] = sectionOf(report, 'evaluation').tables;
    expect(publicCredit?.title).toBe('公共信用综合评价');
    expect(publicCredit?.rows.map((row) => row.cells)).toEqual([
      ['公共信用综合评价', 'A（优）', '国家公共信用信息中心', '2026-07-15', '至下次评价'],
    ]);
    expect(industry?.title).toBe('行业信用评价');
    expect(industry?.rows.map((row) => row.cells)).toEqual([
      ['纳税信用', 'D级', '国家税务总局平顶山市税务局', '2026-07-15', '2027-04-30'],
    ]);
    const text = JSON.stringify(report);
    for (const riskWord of [
      '企业信用风险分类',
      '信用风险高',
      '平顶山市市场监督管理局',
      'market-risk',
      '其他信用评价',
    ])
      expect(text).not.toContain(riskWord);
  });

  it('says 暂无评价结果 when no 公共信用综合评价 result is in force (an expired one is not printed)', () => {
    const expired = gradeNotices(
      gradePolicy,
      [grade('public-credit', 'A', { validUntil: '2026-11-26' }), grade('market-risk', 'A')],
      DAY,
    );
    const plain = buildCreditReport({ ...companyInput, grades: expired });
    const [publicCredit, industry] = sectionOf(plain, 'evaluation').tables;
    expect(publicCredit?.rows).toEqual([]);
    expect(publicCredit?.emptyText).toBe('暂无评价结果');
    expect(industry?.rows).toEqual([]);
    const lastDay = gradeNotices(gradePolicy, [grade('public-credit', 'A', { validUntil: DAY })], DAY);
    const stillValid = buildCreditReport({ ...companyInput, grades: lastDay });
    expect(sectionOf(stillValid, 'evaluation').tables[0]?.rows).toHaveLength(1);
  });

  it('gives the registration facts, and neutral suggestions derived from the data', () => {
    expect(sectionOf(report, 'evaluation').fields).toEqual([]);
    const registration = sectionOf(report, 'registration').fields;
    expect(registration.find((item) => item.key === 'identifier')?.value).toBe(USCC);
    expect(registration.find((item) => item.key === 'legalRepresentative')?.value).toBe('张三');
    const advice = sectionOf(report, 'improvement').paragraphs;
    expect(advice.filter((text) => text.includes('依法申请信用修复'))).toHaveLength(2);
    expect(advice.some((text) => text.includes('记录 r-penalty”'))).toBe(true);
    // The annotated record is already repaired; nothing to suggest for it.
    expect(advice.some((text) => text.includes('r-penalty-annotated'))).toBe(false);
    expect(advice.some((text) => text.includes('41040220260301001001'))).toBe(true);
    expect(advice.join('')).not.toMatch(/评分|得分|评级/);
  });

  it('closes with the 报告说明: no scoring, how to object and how to apply for repair', () => {
    const closing = report.closing.paragraphs.join('');
    expect(report.closing.title).toBe('报告说明');
    expect(closing).toContain('不对信息主体作任何评分');
    expect(closing).toContain('异议');
    expect(closing).toContain('信用修复');
  });

  it('does not depend on the input order', () => {
    const shuffled = buildCreditReport({
      ...companyInput,
      entries: [...companyInput.entries].reverse(),
      records: [...companyInput.records].reverse(),
      commitments: [...companyInput.commitments].reverse(),
    });
    expect(canonicalReportJson(shuffled)).toBe(canonicalReportJson(report));
  });

  it('prints a subject without any information with empty tables and the plain suggestion', () => {
    const empty = buildCreditReport({
      ...companyInput,
      entries: [],
      records: [],
      commitments: [],
      grades: [],
    });
    expect(empty.summary.items.every((item) => item.count === 0)).toBe(true);
    expect(empty.cover.tags.map((tag) => tag.code)).toEqual(['active']);
    expect(sectionOf(empty, 'improvement').paragraphs).toHaveLength(1);
    expect(sectionOf(empty, 'judicial').tables[0]!.emptyText).toBe('暂无相关信息');
  });
});

describe('buildCreditReport for a natural person', () => {
  const report = buildCreditReport({
    ...base(person),
    subject: person,
    entries: [entry('p-serious', person.id, 'DEBTOR')],
    records: [
      record('p-penalty', person.id, 'penalty', {
        // Free text quoting the number in both spellings, and another person's number.
        content: `当事人李四（身份证号${CITIZEN_ID}，亦作 ${CITIZEN_ID.toLowerCase()}）；证人 11010519491231002X`,
      }),
      record('p-judicial', person.id, 'judicial', { title: `执行案件（${CITIZEN_ID}）` }),
      // 河南条例: a natural person's penalty under 简易程序 is not reported to the sharing platform.
      record('p-penalty-simple', person.id, 'penalty', { procedure: 'simple', severity: 'minor' }),
      record('p-penalty-ordinary', person.id, 'penalty', { procedure: 'ordinary', severity: 'minor' }),
    ],
    commitments: [commitment('c-101', person)],
  });
  const text = JSON.stringify(report);

  it('is titled 个人公共信用信息报告 and carries the 授权 note', () => {
    expect(report.cover.title).toBe('个人公共信用信息报告');
    expect(report.cover.basis).toContain('《公共信用信息报告标准（2022年版）》');
    expect(report.authorisation).toEqual({
      label: '查询授权',
      text: '信息主体本人持居民身份证到场申请查询，受理人督导甲已核验身份证件，于2026年11月27日记录授权。',
    });
    const byDocument = buildCreditReport({
      ...base(person),
      subject: person,
      entries: [],
      records: [],
      commitments: [],
      authorisation: {
        method: 'document',
        document: { sha256: 'ab'.repeat(32), name: '授权书.pdf', size: 1024 },
        signedOn: '2026-11-20',
        recordedBy: '督导甲',
        recordedAt: '2026-11-27T09:30:00.000+08:00',
      },
    });
    expect(byDocument.authorisation?.text).toBe(
      '信息主体已签署书面授权（签署日期2026年11月20日），授权书存档编号ABABABABABABABAB；受理人督导甲于2026年11月27日记录授权。',
    );
  });

  it('masks the ID number on the cover and in section 1', () => {
    expect(report.cover.identifier).toBe(CITIZEN_MASKED);
    expect(report.cover.identifierLabel).toBe('公民身份号码');
    expect(sectionOf(report, 'registration').fields).toEqual([
      { key: 'personName', label: '姓名', value: '李四' },
      { key: 'identifier', label: '公民身份号码', value: CITIZEN_MASKED },
      { key: 'subjectKind', label: '主体类别', value: '自然人' },
    ]);
  });

  it('has no full ID number anywhere in the model', () => {
    expect(text).not.toContain(CITIZEN_ID);
    expect(text).not.toContain(CITIZEN_ID.slice(6, 14));
    expect(text).not.toContain('11010519491231002X');
    expect(text).toContain(CITIZEN_MASKED);
    // Nor the home address: not public credit information.
    expect(text).not.toContain(person.address);
  });

  it('leaves out a penalty imposed by 简易程序, which is not public credit information (河南条例)', () => {
    expect(rowIds(report, 'administration')).toEqual([[], ['p-penalty', 'p-penalty-ordinary']]);
    expect(text).not.toContain('p-penalty-simple');
    expect(sectionOf(report, 'improvement').paragraphs.join('')).not.toContain('p-penalty-simple');
  });

  it('has no registration status tag, only the list-based one', () => {
    expect(report.cover.tags.map((tag) => tag.label)).toEqual(['失信惩戒对象']);
    // The two penalties it prints; the one under 简易程序 is left out (above).
    expect(report.summary.items.find((item) => item.key === 'administration')?.count).toBe(2);
    expect(sectionOf(report, 'evaluation').tables[0]?.emptyText).toBe('暂无评价结果');
  });
});
