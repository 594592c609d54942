import { describe, expect, it } from 'vitest';
import { ExternalQueryRecord } from '../domain/check';
import type { ExternalEntry, ExternalQueryReply } from '../platform-api/external-query';
import { externalAnswerOutcome, externalAnswerSummary } from './external-answer';

const entry = (overrides: Partial<ExternalEntry> = {}): ExternalEntry => ({
  type: 'list',
  title: '失信被执行人',
  department: '郑州市中级人民法院',
  date: '2026-03-12',
  category: '失信被执行人名单',
  adverse: true,
  ...overrides,
});

const reply = (answer: Partial<ExternalQueryReply['answer']>): ExternalQueryReply => ({
  queryId: 'q-1',
  askedAt: '2026-12-01T10:00:00.000+08:00',
  answeredAt: '2026-12-01T10:00:01.000+08:00',
  answer: {
    channel: '信用中国',
    found: true,
    subjectName: '郑州示例建材有限公司',
    entries: [],
    queriedAt: '2026-12-01T10:00:01.000+08:00',
    referenceId: 'SIM-1',
    ...answer,
  },
});

describe('the summary and outcome of an external answer', () => {
  it('a subject the site does not hold: 未发现失信记录, said so with the reference', () => {
    const notFound = reply({ found: false, subjectName: null, channel: '信用河南' });
    expect(externalAnswerOutcome(notFound)).toBe('clear');
    expect(externalAnswerSummary(notFound)).toBe('“信用河南”未查到该主体。\n查询编号：SIM-1（经市平台查询）');
  });

  it('found with no adverse entry: clear, its other records listed', () => {
    const licence = reply({
      entries: [
        entry({
          type: 'record',
          title: '建筑工程施工许可',
          adverse: false,
          category: '行政许可',
          date: '2025-04-18',
          department: '海淀区住建委',
        }),
      ],
    });
    expect(externalAnswerOutcome(licence)).toBe('clear');
    expect(externalAnswerSummary(licence)).toBe(
      [
        '“信用中国”查到该主体“郑州示例建材有限公司”，未显示失信记录。',
        '其他记录：',
        '1. 建筑工程施工许可（海淀区住建委，2025年4月18日，行政许可）',
        '查询编号：SIM-1（经市平台查询）',
      ].join('\n'),
    );
  });

  it('adverse entries: 发现失信记录, each with department, date and category, before the others', () => {
    const listed = reply({
      entries: [
        entry({ adverse: false, title: '纳税信用A级', category: '守信激励' }),
        entry(),
        entry({ department: '' }),
      ],
    });
    expect(externalAnswerOutcome(listed)).toBe('found');
    const summary = externalAnswerSummary(listed);
    expect(summary.split('\n')).toEqual([
      '“信用中国”显示该主体“郑州示例建材有限公司”有失信记录2条。',
      '失信记录：',
      '1. 失信被执行人（郑州市中级人民法院，2026年3月12日，失信被执行人名单）',
      '2. 失信被执行人（2026年3月12日，失信被执行人名单）',
      '其他记录：',
      '1. 纳税信用A级（郑州市中级人民法院，2026年3月12日，守信激励）',
      '查询编号：SIM-1（经市平台查询）',
    ]);
  });

  it('many entries: the summary stays within the record’s bound, counting what the attachment holds', () => {
    const many = reply({
      entries: Array.from({ length: 200 }, (_, index) =>
        entry({ title: `第${index + 1}项行政处罚决定书所列的违法行为`, adverse: index % 2 === 0 }),
      ),
    });
    const summary = externalAnswerSummary(many);
    expect(Array.from(summary).length).toBeLessThanOrEqual(2000);
    expect(summary).toMatch(/另有\d+条，详见附件/);
    expect(summary.endsWith('查询编号：SIM-1（经市平台查询）')).toBe(true);
    const record = ExternalQueryRecord.safeParse({
      id: 'x',
      checkId: 'c',
      channel: '信用中国',
      queriedAt: many.answer.queriedAt,
      outcome: externalAnswerOutcome(many),
      summary,
      attachments: [],
      recordedAt: many.answer.queriedAt,
      operator: '王芳',
    });
    expect(record.success).toBe(true);
  });
});
