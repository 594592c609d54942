import { describe, expect, it } from 'vitest';
import {
  ANNEX_TITLE,
  chineseDay,
  dayOfBeijingIso,
  drawListCanonical,
  drawListHeader,
  methodAnnex,
  taskName,
} from './draw-list';
import { fixtureDraw } from './inspection.fixtures';

const HASH = 'b'.repeat(64);

describe('the 随机抽取名单 header', () => {
  it('names the task and its number, the day of the draw, region, matter, seed and the list fingerprint', () => {
    expect(taskName(fixtureDraw)).toBe('新华区食品经营许可“双随机”抽查');
    const header = drawListHeader(fixtureDraw, HASH).join('\n');
    expect(header).toContain(
      '抽查任务：新华区食品经营许可“双随机”抽查\u3000任务编号：SJ20261127-410402-ABCDEF12',
    );
    expect(header).toContain('抽取日期：2026年11月27日');
    expect(header).toContain('区划：新华区\u3000抽查事项：食品经营许可');
    expect(header).toContain('随机种子：PDS-2026');
    expect(header).toContain(`名单摘要（SHA-256）：${HASH}`);
    expect(header).toContain('演示数据');
    expect(header).not.toContain('结果公示');
    expect(drawListHeader({ ...fixtureDraw, rosterDemo: false }, HASH).join('\n')).not.toContain('演示');
  });

  it('dates a draw by its day in Beijing, also just after midnight there', () => {
    expect(dayOfBeijingIso('2026-11-27T00:10:00.000+08:00')).toBe('2026-11-27');
    expect(dayOfBeijingIso('2026-11-26T16:10:00.000Z')).toBe('2026-11-27');
    expect(dayOfBeijingIso('2026-11-26T15:59:59.999Z')).toBe('2026-11-26');
    expect(chineseDay('2026-01-05')).toBe('2026年1月5日');
  });
});

describe('附件：抽取方法说明', () => {
  const annex = methodAnnex(fixtureDraw, HASH);
  const text = annex.paragraphs.join('\n');

  it('explains the groups by 风险分类 with each ratio and count, from the draw itself', () => {
    expect(annex.title).toBe(ANNEX_TITLE);
    expect(text).toContain('风险分类');
    expect(text).toContain('A类（低风险）：1 个，抽查比例 5%，抽取 1 个');
    expect(text).toContain('“未分类”组（没有风险分类的对象）：2 个，抽查比例 50%，抽取 1 个');
    expect(text).toContain('进为整数');
    expect(text).toContain('为示例比例，待本地监管部门确认');
    expect(
      methodAnnex(
        { ...fixtureDraw, ratios: { ...fixtureDraw.ratios, confirmed: true } },
        HASH,
      ).paragraphs.join(),
    ).not.toContain('示例比例');
  });

  it('says where the seed came from and that it is recorded, and how to redo the draw with the named algorithms', () => {
    expect(text).toContain('随机种子”是一串字符：PDS-2026');
    expect(text).toContain('由抽查部门在抽取时当场指定');
    expect(methodAnnex({ ...fixtureDraw, seedSource: 'generated' }, HASH).paragraphs.join()).toContain(
      '由系统用安全随机数自动生成',
    );
    expect(text).toContain('存档');
    for (const name of ['cyrb128', 'sfc32', 'Fisher–Yates', '12 个']) expect(text).toContain(name);
    expect(text).toContain(fixtureDraw.poolHash);
  });

  it('says how the inspectors are drawn, and that this list is not the results', () => {
    expect(text).toContain('随机抽取 2 名');
    expect(text).toContain('不是检查结果');
    expect(text).toContain('抽查结果公示');
    expect(text).toContain(HASH);
  });
});

describe('the list fingerprint text', () => {
  it('is the printed rows in order, inspectors with their certificate numbers', () => {
    const canonical = drawListCanonical([
      {
        order: 1,
        subjectName: '甲公司',
        identifier: '914104',
        gradeLabel: '低风险',
        inspectors: [{ id: 'i1', name: '张三', badge: 'Z1', department: '局' }],
      },
    ]);
    expect(canonical).toBe('[[1,"甲公司","914104","低风险",[["张三","Z1"]]]]');
  });
});
