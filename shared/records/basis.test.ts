import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SubjectKind } from '../domain/subject';
import { possiblyNotBasis, recordBasis, recordIsBasis, type BasisFacts } from './basis';
import { domainByName, domainLabel, RecordRules } from './record-rules';

const raw = JSON.parse(
  readFileSync(new URL('../../resources/rules/record-rules.json', import.meta.url), 'utf8'),
) as unknown;
const rules = RecordRules.parse(raw);

const penalty = (facts: Partial<BasisFacts> = {}): BasisFacts => ({ category: 'penalty', ...facts });

describe('recordBasis — 《河南省社会信用条例》 (resources/rules/record-rules.json)', () => {
  it('takes out a natural person’s penalty under 简易程序, saying why', () => {
    const answer = recordBasis(rules, penalty({ procedure: 'simple', severity: 'minor' }), 'natural-person');
    expect(answer.basis).toBe(false);
    if (answer.basis) return;
    expect(answer.rule.id).toBe('henan-simple-procedure-natural-person');
    expect(answer.reason).toBe(
      '依《河南省社会信用条例》（2019年11月29日河南省第十三届人民代表大会常务委员会第十三次会议通过，自2020年5月1日起施行）第十三条（条号据位置推定），适用简易程序对自然人作出的行政处罚信息不向同级信用信息共享平台报送，不得作为失信联合惩戒的依据（法律、行政法规另有规定的除外）。',
    );
    expect(answer.rule.confirmed).toBe(false);
  });

  it('keeps every other combination as a basis: 普通程序, no procedure, an organisation, a licence', () => {
    const cases: [BasisFacts, SubjectKind][] = [
      [penalty({ procedure: 'ordinary' }), 'natural-person'],
      [penalty({ procedure: null }), 'natural-person'],
      [penalty(), 'natural-person'],
      [penalty({ procedure: 'simple' }), 'legal-person'],
      [penalty({ procedure: 'simple' }), 'individual-business'],
      [{ category: 'license', procedure: 'simple' }, 'natural-person'],
      [{ category: 'judicial' }, 'natural-person'],
    ];
    for (const [record, kind] of cases)
      expect(recordIsBasis(rules, record, kind), `${kind} ${JSON.stringify(record)}`).toBe(true);
  });

  it('never applies the 条例’s second case by itself; it is only pointed out for 轻微 penalties of persons', () => {
    const minor = penalty({ procedure: 'ordinary', severity: 'minor' });
    expect(recordIsBasis(rules, minor, 'natural-person')).toBe(true);
    expect(possiblyNotBasis(rules, minor, 'natural-person').map((rule) => rule.id)).toEqual([
      'henan-minor-mitigated-natural-person',
    ]);
    expect(possiblyNotBasis(rules, penalty({ severity: 'general' }), 'natural-person')).toEqual([]);
    expect(possiblyNotBasis(rules, minor, 'legal-person')).toEqual([]);
  });
});

describe('record-rules.json', () => {
  it('quotes the provision and marks its article number as inferred', () => {
    for (const rule of rules.notBasis) {
      expect(rule.quote).toContain('不向同级信用信息共享平台报送，不得作为失信联合惩戒的依据');
      expect(rule.basis).toContain('第十三条（条号据位置推定）');
      expect(rule.confirmed).toBe(false);
    }
  });

  it('holds the fields the repair rules name, with the names departments write', () => {
    for (const key of ['work-safety', 'special-equipment', 'fire-safety'])
      expect(rules.domains.map((domain) => domain.key)).toContain(key);
    expect(domainByName(rules, '安全生产')?.key).toBe('work-safety');
    expect(domainByName(rules, ' 消防安全 ')?.key).toBe('fire-safety');
    expect(domainByName(rules, '航天')).toBeNull();
    expect(domainLabel(rules, 'special-equipment')).toBe('特种设备');
    expect(domainLabel(rules, 'unknown-key')).toBe('其他领域');
  });

  it('refuses a name shared by two fields, and a rule that cannot apply by itself without saying why', () => {
    const table = raw as { domains: object[]; notBasis: Record<string, unknown>[] };
    expect(
      RecordRules.safeParse({
        ...table,
        domains: [...table.domains, { key: 'x', label: '消防', aliases: [] }],
      }).success,
    ).toBe(false);
    const [first] = table.notBasis;
    expect(
      RecordRules.safeParse({ ...table, notBasis: [{ ...first, automatic: false, needs: undefined }] })
        .success,
    ).toBe(false);
  });
});
