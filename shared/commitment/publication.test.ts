import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../domain/commitment';
import {
  commitmentExportCsv,
  isPublished,
  maskIdentifierForPublic,
  maskName,
  publicCommitment,
} from './publication';
import { CommitmentPublicationRules } from './publication-rules';

const rules = CommitmentPublicationRules.parse(
  JSON.parse(
    readFileSync(new URL('../../resources/rules/commitment-publication.json', import.meta.url), 'utf8'),
  ),
);

const PERSON_ID = '410402199001011234';

const commitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  id: 'c-1',
  code: '41040020261127001001',
  committer: { name: '平顶山市鹰城建设工程有限公司', kind: 'legal-person', identifier: '91410400MA0000001X' },
  identifierKind: 'uscc',
  subjectId: null,
  type: 'approval-substitute',
  reason: '申请建筑工程施工许可',
  content: '本单位承诺所提交的材料真实有效。',
  liability: '违反承诺的，愿意承担撤销许可及相应法律责任。',
  madeOn: '2026-11-27',
  validUntil: null,
  matterCode: 'M-001',
  caseNumber: null,
  recognisingUnit: { name: '平顶山市住房和城乡建设局', code: '11410400005181722X' },
  acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB0000000X' },
  publicity: 'public',
  verifyBy: '2026-12-27',
  checkId: null,
  state: 'pending',
  verification: null,
  verifiedBy: null,
  repairId: null,
  recordId: null,
  operator: 'wangfang',
  createdAt: '2026-11-27T09:30:00.000+08:00',
  updatedAt: '2026-11-27T09:30:00.000+08:00',
  version: 1,
  ...overrides,
});

const person = (overrides: Partial<Commitment> = {}): Commitment =>
  commitment({
    committer: { name: '张三丰', kind: 'natural-person', identifier: PERSON_ID },
    identifierKind: 'citizen-id',
    content: `本人张三丰（身份证号 ${PERSON_ID}）承诺材料真实。`,
    ...overrides,
  });

describe('commitment publication rules (resources/rules/commitment-publication.json)', () => {
  it('are marked unconfirmed, with a source saying the masking and the field list are placeholders', () => {
    expect(rules.confirmed).toBe(false);
    expect(rules.masking.source).toContain('待确认');
    expect(rules.exportSource).toContain('待确认');
  });

  it('list the export columns in the order of the commitment data standard', () => {
    expect(rules.exportFields.map((entry) => entry.header)).toEqual([
      '承诺编码',
      '承诺人名称',
      '承诺人类别',
      '承诺人代码',
      '承诺类型',
      '承诺事由',
      '承诺内容',
      '违诺责任',
      '承诺作出日期',
      '承诺有效期',
      '承诺履行状态',
      '未履行的承诺内容',
      '违诺责任追究内容',
      '承诺履行状态认定日期',
      '承诺履行状态认定单位',
      '承诺履行状态认定单位代码',
      '承诺受理单位',
      '承诺受理单位代码',
      '公开类型',
      '备注',
    ]);
  });

  it('refuse a field listed twice', () => {
    const twice = { ...rules, exportFields: [...rules.exportFields, rules.exportFields[0]] };
    expect(CommitmentPublicationRules.safeParse(twice).success).toBe(false);
  });
});

describe('masking a natural person', () => {
  it('shows the surname and one star, whatever the length of the name', () => {
    expect(maskName('张三', rules.masking)).toBe('张*');
    expect(maskName('欧阳娜娜', rules.masking)).toBe('欧*');
    expect(maskName('张', rules.masking)).toBe('*');
  });

  it('shows the first and last four characters of an ID number', () => {
    expect(maskIdentifierForPublic(PERSON_ID, rules.masking)).toBe('4104**********1234');
    expect(maskIdentifierForPublic('4104021990', rules.masking)).toBe('**********');
  });

  it('masks the name and number on the page, also where the texts quote them', () => {
    const shown = publicCommitment(person(), rules);
    expect(shown.committerName).toBe('张*');
    expect(shown.committerIdentifier).toBe('4104**********1234');
    expect(JSON.stringify(shown)).not.toContain(PERSON_ID);
    expect(JSON.stringify(shown)).not.toContain('张三丰');
    expect(shown.content).toBe('本人张*（身份证号 4104**********1234）承诺材料真实。');
  });

  it('masks a citizen ID quoted in the text of a company commitment, and leaves the company as it is', () => {
    const shown = publicCommitment(commitment({ content: `法定代表人 ${PERSON_ID} 承诺。` }), rules);
    expect(shown.committerName).toBe('平顶山市鹰城建设工程有限公司');
    expect(shown.committerIdentifier).toBe('91410400MA0000001X');
    expect(shown.content).not.toContain(PERSON_ID);
  });

  it('treats a committer identified by an ID number as a person even if recorded as another kind', () => {
    const shown = publicCommitment(
      person({ committer: { name: '李四', kind: 'individual-business', identifier: PERSON_ID } }),
      rules,
    );
    expect(shown.committerName).toBe('李*');
  });
});

describe('what is published', () => {
  it('is only 可向社会公开, and not withdrawn', () => {
    expect(isPublished({ publicity: 'public' }, false)).toBe(true);
    expect(isPublished({ publicity: 'public' }, true)).toBe(false);
    expect(isPublished({ publicity: 'restricted' }, false)).toBe(false);
    expect(isPublished({ publicity: 'private' }, false)).toBe(false);
  });

  it('shows the fulfilment: 尚未核查 before verification, the state and a false commitment after', () => {
    expect(publicCommitment(commitment(), rules).fulfilment).toBe('尚未核查');
    const verified = commitment({
      state: 'verified',
      verification: {
        fulfilment: 'unfulfilled',
        unfulfilledContent: '未补齐消防验收文件',
        liabilityPursued: '撤销许可',
        falseCommitment: true,
        verifiedOn: '2026-12-20',
      },
    });
    expect(publicCommitment(verified, rules)).toMatchObject({
      fulfilment: '全部未履行（经核查为虚假承诺）',
      unfulfilledContent: '未补齐消防验收文件',
      verifiedOn: '2026-12-20',
    });
  });
});

describe('the export for 信用中国', () => {
  const lines = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split('\r\n');

  it('is UTF-8 CSV with a BOM, the header in the standard order, one row per commitment', () => {
    const csv = commitmentExportCsv([commitment()], rules);
    expect(csv.startsWith('\uFEFF承诺编码,承诺人名称,承诺人类别,承诺人代码,承诺类型,')).toBe(true);
    const row = lines(csv)[1]?.split(',') ?? [];
    expect(row.slice(0, 5)).toEqual([
      '41040020261127001001',
      '平顶山市鹰城建设工程有限公司',
      '法人及非法人组织',
      '91410400MA0000001X',
      '审批替代型',
    ]);
    expect(row.at(-2)).toBe('可向社会公开');
    expect(row.at(-1)).toBe('尚未核查');
  });

  it('follows the order of the rule table, whatever it is', () => {
    const reordered = { ...rules, exportFields: [...rules.exportFields].reverse() };
    expect(lines(commitmentExportCsv([commitment()], reordered))[0]?.startsWith('备注,公开类型,')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const hostile = commitment({
      committer: {
        name: '=HYPERLINK("http://x","点我")',
        kind: 'legal-person',
        identifier: '91410400MA0000001X',
      },
      reason: '+1+1',
      content: '-2, "引号"',
      liability: '@SUM(A1)',
    });
    const csv = commitmentExportCsv([hostile], rules);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(`,'+1+1,`);
    expect(csv).toContain(`"'-2, ""引号"""`);
    expect(csv).toContain(`,'@SUM(A1),`);
  });

  it('carries a person unmasked (the standard does not mask) unless the rule says the export masks too', () => {
    expect(commitmentExportCsv([person()], rules)).toContain(PERSON_ID);
    const masking = { ...rules, masking: { ...rules.masking, maskInExport: true } };
    const masked = commitmentExportCsv([person()], masking);
    expect(masked).not.toContain(PERSON_ID);
    expect(masked).toContain('张*');
  });
});
