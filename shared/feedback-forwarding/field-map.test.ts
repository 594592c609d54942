import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProvincialRecord } from './build-record';
import { ProvincialFeedbackFields, provincialRecordSchema } from './field-map';
import { sampleFeedbackRecord, sampleForwardedCheck } from './samples';

const bundled = ProvincialFeedbackFields.parse(
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'resources', 'rules', 'provincial-feedback.json'), 'utf8'),
  ),
);

describe('the provincial feedback field set (rule table provincial-feedback)', () => {
  it('is bundled as unconfirmed placeholders, saying so in its source', () => {
    expect(bundled.confirmed).toBe(false);
    expect(bundled.source).toContain('占位');
    expect(bundled.source).toContain('待确认');
  });

  it('refuses a table naming one field twice, or a name that is no plain identifier', () => {
    const twice = { ...bundled, fields: [...bundled.fields, bundled.fields[0]] };
    expect(ProvincialFeedbackFields.safeParse(twice).success).toBe(false);
    const odd = { ...bundled, fields: [{ name: '主体 名称', label: '主体名称', from: 'subjectName' }] };
    expect(ProvincialFeedbackFields.safeParse(odd).success).toBe(false);
  });
});

describe('buildProvincialRecord', () => {
  const check = sampleForwardedCheck('c-1');
  const feedback = sampleFeedbackRecord('f-1', 'c-1');

  it('writes the table’s fields, in the table’s order, from what the window recorded', () => {
    const built = buildProvincialRecord(bundled, check, feedback);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(Object.keys(built.record)).toEqual(bundled.fields.map((field) => field.name));
    expect(built.record).toMatchObject({
      entityName: '平顶山示例建材有限公司',
      uniCode: '91410400MA44TEKT0X',
      itemCode: 'PDS-CG-001',
      itemUid: 'PDS-2026-0042',
      listName: '失信被执行人',
      type: '已惩戒',
      result: '不予通过资格审查',
      amount: null,
      district: '410400',
      itemId: 'f-1',
      disciplinaryTime: '2026-11-27',
    });
    expect(provincialRecordSchema(bundled).safeParse(built.record).success).toBe(true);
  });

  it('follows a changed table: other names, another order, fewer fields, other action words', () => {
    const table = ProvincialFeedbackFields.parse({
      ...bundled,
      fields: [
        { name: 'fkid', label: '反馈编号', from: 'feedbackId' },
        { name: 'ztmc', label: '主体名称', from: 'subjectName' },
        { name: 'cs', label: '措施', from: 'action' },
      ],
      actionValues: { punished: '惩戒', incentivized: '激励', none: '无' },
    });
    const built = buildProvincialRecord(table, check, { ...feedback, action: 'none', reason: '已整改' });
    expect(built).toEqual({ ok: true, record: { fkid: 'f-1', ztmc: '平顶山示例建材有限公司', cs: '无' } });
  });

  it('refuses, in Chinese naming the field, a record the schema does not take', () => {
    const built = buildProvincialRecord(bundled, { ...check, subject: null }, feedback);
    expect(built).toEqual({ ok: false, message: expect.stringContaining('主体名称') as unknown });
  });

  it('refuses a check snapshot or feedback it cannot read, without throwing', () => {
    expect(buildProvincialRecord(bundled, { junk: true }, feedback)).toEqual({
      ok: false,
      message: '核查记录内容不完整，无法生成报送记录',
    });
    expect(buildProvincialRecord(bundled, check, { id: 'f-1' })).toEqual({
      ok: false,
      message: '反馈内容不完整，无法生成报送记录',
    });
  });

  it('the outgoing schema takes exactly the table’s fields', () => {
    const schema = provincialRecordSchema(bundled);
    const built = buildProvincialRecord(bundled, check, feedback);
    if (!built.ok) throw new Error(built.message);
    expect(schema.safeParse({ ...built.record, extra: 'x' }).success).toBe(false);
    const { entityName: _dropped, ...missing } = built.record;
    expect(schema.safeParse(missing).success).toBe(false);
  });
});
