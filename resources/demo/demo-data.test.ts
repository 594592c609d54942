// Checks the shipped demo data set and catalogue against the zod schemas and against each other.
// The data are produced by scripts/generate-demo-data.ts (npm run demo:generate).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ListType, Matter, MatterCategory, Measure } from '../../shared/domain/catalogue';
import { SubjectGrade } from '../../shared/domain/grade';
import { GradePolicy } from '../../shared/grades/policy';
import { CreditRecord, ListEntry, Subject } from '../../shared/domain/subject';
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from '../../shared/identifiers/check-chars';
import { recordIsBasis } from '../../shared/records/basis';
import { RecordRules } from '../../shared/records/record-rules';

const AS_OF = '2026-11-01';

/** The three legacy codes with a deliberately wrong USCC check character (documented in README.md). */
const LEGACY_CODES = ['914104817170164052', '91410402027710088G', '91410425524081091C'];
/** A valid USCC that is not in the data set (documented in README.md). */
const UNKNOWN_USCC = '91410411MA9N8K2PXW';

/** 平顶山市 and its districts, counties and development zones (GB/T 2260, /work/shared/DOMAIN.md). */
const REGION_CODES = new Set([
  '410400',
  '410402',
  '410403',
  '410404',
  '410411',
  '410421',
  '410422',
  '410423',
  '410425',
  '410481',
  '410482',
  '410471',
  '410472',
]);

const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as unknown;

const DemoFile = z.strictObject({
  notice: z.string(),
  generatedBy: z.literal('scripts/generate-demo-data.ts'),
  subjects: z.array(Subject.strict()),
  listEntries: z.array(ListEntry.strict()),
  records: z.array(CreditRecord.strict()),
  grades: z.array(SubjectGrade.strict()),
});

const demo = DemoFile.parse(readJson('./demo-data.json'));
const listTypes = z.array(ListType.strict()).parse(readJson('../catalogue/list-types.json'));
const categories = z.array(MatterCategory.strict()).parse(readJson('../catalogue/matter-categories.json'));
const matters = z.array(Matter.strict()).parse(readJson('../catalogue/matters.json'));
const measures = z.array(Measure.strict()).parse(readJson('../catalogue/measures.json'));
const gradePolicy = GradePolicy.parse(readJson('../rules/grade-policy.json'));
const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

const subjectsById = new Map(demo.subjects.map((s) => [s.id, s]));
const listTypeByCode = new Map(listTypes.map((t) => [t.code, t]));

const isRealDate = (iso: string): boolean => new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;
const usccValid = (code: string): boolean =>
  /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheckChar(code.slice(0, 17)) === code.charAt(17);
const orgCodeValid = (code: string): boolean => orgCodeCheckChar(code.slice(8, 16)) === code.charAt(16);
const citizenIdValid = (id: string): boolean =>
  /^\d{17}[\dX]$/.test(id) &&
  isRealDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`) &&
  citizenIdCheckChar(id.slice(0, 17)) === id.charAt(17);
const unique = (values: string[]): boolean => new Set(values).size === values.length;
const activeEntries = demo.listEntries.filter((e) => e.status === 'active');
const subjectsOnKind = (kind: 'red' | 'serious' | 'abnormal'): Set<string> =>
  new Set(activeEntries.filter((e) => listTypeByCode.get(e.listType)?.kind === kind).map((e) => e.subjectId));

describe('demo data file', () => {
  it('is marked as synthetic demo data', () => {
    expect(demo.notice).toContain('演示数据');
    expect(demo.notice).toContain('合成数据');
  });

  it('has unique, well-formed ids', () => {
    expect(unique(demo.subjects.map((s) => s.id))).toBe(true);
    expect(unique(demo.listEntries.map((e) => e.id))).toBe(true);
    expect(unique(demo.records.map((r) => r.id))).toBe(true);
    expect(demo.subjects.every((s) => /^demo-s-\d{4}$/.test(s.id))).toBe(true);
    expect(demo.listEntries.every((e) => /^demo-l-\d{4}$/.test(e.id))).toBe(true);
    expect(demo.records.every((r) => /^demo-r-\d{4}$/.test(r.id))).toBe(true);
    expect(unique(demo.subjects.map((s) => s.identifier))).toBe(true);
  });
});

describe('subjects', () => {
  it('number about 200, with all three kinds', () => {
    expect(demo.subjects.length).toBeGreaterThanOrEqual(190);
    expect(demo.subjects.length).toBeLessThanOrEqual(210);
    const count = (kind: string): number => demo.subjects.filter((s) => s.kind === kind).length;
    expect(count('legal-person')).toBeGreaterThanOrEqual(140);
    expect(count('individual-business')).toBeGreaterThanOrEqual(30);
    expect(count('natural-person')).toBeGreaterThanOrEqual(10);
  });

  it('use the identifier kind and leading codes that fit their kind', () => {
    for (const s of demo.subjects) {
      if (s.kind === 'natural-person') {
        expect(s.identifierKind, s.id).toBe('citizen-id');
        expect(s.status, s.id).toBe('active');
      } else {
        expect(s.identifierKind, s.id).toBe('uscc');
        const leading = s.identifier.slice(0, 2);
        expect(s.kind === 'individual-business' ? ['92'] : ['91', '12', '52'], s.id).toContain(leading);
      }
    }
    const leadings = new Set(demo.subjects.map((s) => s.identifier.slice(0, 2)));
    for (const code of ['91', '92', '12', '52']) expect(leadings).toContain(code);
  });

  it('have valid identifiers, except exactly the three documented legacy codes', () => {
    const failing = demo.subjects.filter((s) =>
      s.identifierKind === 'uscc' ? !usccValid(s.identifier) : !citizenIdValid(s.identifier),
    );
    expect(failing.map((s) => s.identifier).sort()).toEqual([...LEGACY_CODES].sort());
    for (const s of failing) expect(s.kind).toBe('legal-person');
    // The organisation code inside every USCC, legacy ones included, passes GB 11714.
    for (const s of demo.subjects.filter((x) => x.identifierKind === 'uscc')) {
      expect(orgCodeValid(s.identifier), s.identifier).toBe(true);
    }
    for (const code of LEGACY_CODES) expect(readme).toContain(code);
  });

  it('are in 平顶山 regions, and the code agrees with the identifier', () => {
    for (const s of demo.subjects) {
      expect(REGION_CODES.has(s.regionCode), s.id).toBe(true);
      const fromIdentifier =
        s.identifierKind === 'uscc' ? s.identifier.slice(2, 8) : s.identifier.slice(0, 6);
      expect(fromIdentifier, s.id).toBe(s.regionCode);
    }
  });

  it('have plausible dates', () => {
    for (const s of demo.subjects) {
      if (s.kind === 'natural-person') {
        const birth = `${s.identifier.slice(6, 10)}-${s.identifier.slice(10, 12)}-${s.identifier.slice(12, 14)}`;
        expect(birth >= '1955-01-01' && birth <= '2000-12-31', s.id).toBe(true);
        continue;
      }
      expect(s.registeredOn, s.id).not.toBeNull();
      const on = s.registeredOn ?? '';
      expect(isRealDate(on) && on >= '1995-01-01' && on <= AS_OF, s.id).toBe(true);
    }
  });

  it('include deregistered and revoked enterprises', () => {
    expect(demo.subjects.filter((s) => s.status === 'deregistered').length).toBeGreaterThanOrEqual(5);
    expect(demo.subjects.filter((s) => s.status === 'revoked').length).toBeGreaterThanOrEqual(2);
  });

  it('leave the documented unknown USCC out of the data set', () => {
    expect(usccValid(UNKNOWN_USCC)).toBe(true);
    expect(orgCodeValid(UNKNOWN_USCC)).toBe(true);
    expect(demo.subjects.some((s) => s.identifier === UNKNOWN_USCC)).toBe(false);
    expect(readme).toContain(UNKNOWN_USCC);
  });
});

describe('list entries', () => {
  it('refer to known subjects and list types', () => {
    for (const e of demo.listEntries) {
      expect(subjectsById.has(e.subjectId), e.id).toBe(true);
      expect(listTypeByCode.has(e.listType), e.id).toBe(true);
    }
  });

  it('have consistent dates and status', () => {
    for (const e of demo.listEntries) {
      expect(isRealDate(e.listedOn) && e.listedOn <= AS_OF, e.id).toBe(true);
      if (e.expiresOn !== null) expect(isRealDate(e.expiresOn) && e.expiresOn > e.listedOn, e.id).toBe(true);
      if (e.status === 'removed') {
        expect(e.removedOn, e.id).not.toBeNull();
        const removedOn = e.removedOn ?? '';
        expect(isRealDate(removedOn) && removedOn >= e.listedOn && removedOn <= AS_OF, e.id).toBe(true);
      } else {
        expect(e.removedOn, e.id).toBeNull();
        if (e.expiresOn !== null) expect(e.expiresOn > AS_OF, e.id).toBe(true);
      }
    }
  });

  it('put each kind of subject only on lists that fit it', () => {
    for (const e of demo.listEntries) {
      const subject = subjectsById.get(e.subjectId);
      const kind = listTypeByCode.get(e.listType)?.kind;
      if (subject?.kind === 'natural-person') expect(e.listType, e.id).toBe('DISHONEST_JUDGMENT_DEBTOR');
      if (kind === 'red') expect(subject?.kind, e.id).toBe('legal-person');
    }
  });

  it('cover every list type and the cases worth trying', () => {
    for (const t of listTypes)
      expect(
        activeEntries.some((e) => e.listType === t.code),
        t.code,
      ).toBe(true);
    expect(subjectsOnKind('red').size).toBeGreaterThanOrEqual(15);
    expect(subjectsOnKind('serious').size).toBeGreaterThanOrEqual(15);
    expect(subjectsOnKind('abnormal').size).toBeGreaterThanOrEqual(12);
    expect(demo.listEntries.filter((e) => e.status === 'removed').length).toBeGreaterThanOrEqual(6);
    const red = subjectsOnKind('red');
    expect([...subjectsOnKind('serious')].filter((id) => red.has(id)).length).toBeGreaterThanOrEqual(2);
    const procurement = activeEntries.filter((e) => e.listType === 'GOV_PROCUREMENT_SERIOUS_VIOLATION');
    expect(
      new Set(
        procurement.map((e) => e.subjectId).filter((id) => subjectsById.get(id)?.kind === 'legal-person'),
      ).size,
    ).toBeGreaterThanOrEqual(2);
    const abnormalShops = activeEntries.filter(
      (e) =>
        e.listType === 'ABNORMAL_OPERATION' && subjectsById.get(e.subjectId)?.kind === 'individual-business',
    );
    expect(abnormalShops.length).toBeGreaterThanOrEqual(1);
    const debtorPeople = activeEntries.filter(
      (e) =>
        e.listType === 'DISHONEST_JUDGMENT_DEBTOR' &&
        subjectsById.get(e.subjectId)?.kind === 'natural-person',
    );
    expect(debtorPeople.length).toBeGreaterThanOrEqual(1);
  });
});

describe('credit records', () => {
  it('refer to known subjects and have valid dates', () => {
    for (const r of demo.records) {
      expect(subjectsById.has(r.subjectId), r.id).toBe(true);
      expect(isRealDate(r.decisionOn) && r.decisionOn <= AS_OF, r.id).toBe(true);
      if (r.publicationEndsOn !== null) {
        expect(isRealDate(r.publicationEndsOn) && r.publicationEndsOn > r.decisionOn, r.id).toBe(true);
      }
    }
  });

  it('are mostly licences and penalties, with a few of the other categories', () => {
    expect(demo.records.length).toBeGreaterThanOrEqual(250);
    const count = (category: string): number => demo.records.filter((r) => r.category === category).length;
    expect(count('license') + count('penalty')).toBeGreaterThan(demo.records.length * 0.7);
    for (const category of ['honor', 'judicial']) expect(count(category), category).toBeGreaterThan(0);
    // Grade results (纳税信用, 风险分类 …) are rows of `grades`, each under its scheme, not credit records.
    expect(count('evaluation')).toBe(0);
  });

  it('publish penalties for one to three years, then stop', () => {
    for (const r of demo.records.filter((x) => x.category === 'penalty')) {
      expect(r.publicationEndsOn, r.id).not.toBeNull();
      const ends = r.publicationEndsOn ?? '';
      const years = Number(ends.slice(0, 4)) - Number(r.decisionOn.slice(0, 4));
      expect(years >= 1 && years <= 3, r.id).toBe(true);
      if (ends <= AS_OF) expect(r.status, r.id).toBe('unpublished');
    }
    const penalties = demo.records.filter((x) => x.category === 'penalty');
    expect(penalties.filter((r) => r.status === 'published').length).toBeGreaterThan(penalties.length / 2);
    expect(penalties.some((r) => r.status === 'unpublished')).toBe(true);
  });

  it('carry the 失信程度, 领域 and 处罚程序 of every penalty, of each grade and both procedures', () => {
    const recordRules = RecordRules.parse(readJson('../rules/record-rules.json'));
    const domains = new Set(recordRules.domains.map((domain) => domain.key));
    const penalties = demo.records.filter((r) => r.category === 'penalty');
    for (const r of penalties) {
      expect(r.severity, r.id).not.toBeNull();
      expect(domains.has(r.domain ?? ''), r.id).toBe(true);
      expect(['simple', 'ordinary'], r.id).toContain(r.procedure);
    }
    expect(new Set(penalties.map((r) => r.severity))).toEqual(new Set(['minor', 'general', 'serious']));
    for (const r of demo.records.filter((x) => x.category !== 'penalty'))
      expect(
        [r.severity, r.domain, r.procedure].every((value) => value === undefined),
        r.id,
      ).toBe(true);
  });

  it('include a natural person whose 简易程序 penalty is no basis, listed in the README', () => {
    const recordRules = RecordRules.parse(readJson('../rules/record-rules.json'));
    const excluded = demo.records.filter((r) => {
      const subject = subjectsById.get(r.subjectId);
      return subject !== undefined && !recordIsBasis(recordRules, r, subject.kind);
    });
    expect(excluded.map((r) => subjectsById.get(r.subjectId)?.kind)).toEqual(['natural-person']);
    expect(readme).toContain(excluded[0]?.subjectId ?? '—');
  });
});

describe('catalogue', () => {
  const categoryCodes = new Set(categories.map((c) => c.code));

  it('has the matter categories the product needs', () => {
    expect(unique(categories.map((c) => c.code))).toBe(true);
    for (const code of [
      'licensing',
      'procurement',
      'bidding',
      'market-entry',
      'qualification',
      'fiscal-funds',
      'honours',
      'public-resources',
    ]) {
      expect(categoryCodes.has(code), code).toBe(true);
    }
  });

  it('has list types with unique UPPER_SNAKE codes of every kind', () => {
    expect(unique(listTypes.map((t) => t.code))).toBe(true);
    for (const t of listTypes) expect(t.code, t.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const kind of ['red', 'serious', 'abnormal'])
      expect(listTypes.some((t) => t.kind === kind)).toBe(true);
  });

  it('has matters in known categories, every category used', () => {
    expect(unique(matters.map((m) => m.code))).toBe(true);
    for (const m of matters) {
      expect(categoryCodes.has(m.category), m.code).toBe(true);
      expect(m.code).toMatch(/^PDS-[A-Z]{2}-\d{3}$/);
    }
    for (const c of categories)
      expect(
        matters.some((m) => m.category === c.code),
        c.code,
      ).toBe(true);
  });

  it('has measures that refer to known list types and categories, in the right direction', () => {
    expect(unique(measures.map((m) => m.code))).toBe(true);
    for (const m of measures) {
      const listType = listTypeByCode.get(m.listType);
      expect(listType, m.code).toBeDefined();
      expect(m.direction, m.code).toBe(listType?.kind === 'red' ? 'incentive' : 'punishment');
      expect(m.measureClass, m.code).toMatch(m.direction === 'incentive' ? /^incentive$/ : /^(1|2|3|—)$/);
      for (const c of m.matterCategories) expect(categoryCodes.has(c), `${m.code} ${c}`).toBe(true);
      expect(isRealDate(m.effectiveFrom) && m.effectiveFrom <= AS_OF, m.code).toBe(true);
      expect(m.effectiveTo, m.code).toBeNull();
      expect(m.legalBasis, m.code).toMatch(/^《/);
    }
  });

  it('covers the paths the check must exercise', () => {
    const has = (listType: string, direction: string, category: string): boolean =>
      measures.some(
        (m) => m.listType === listType && m.direction === direction && m.matterCategories.includes(category),
      );
    for (const t of listTypes.filter((x) => x.kind === 'serious')) {
      expect(has(t.code, 'punishment', 'procurement'), t.code).toBe(true);
    }
    for (const t of listTypes.filter((x) => x.kind === 'red')) {
      expect(has(t.code, 'incentive', 'licensing'), t.code).toBe(true);
    }
    for (const t of listTypes.filter((x) => x.kind === 'abnormal')) {
      expect(
        measures.some((m) => m.listType === t.code),
        t.code,
      ).toBe(true);
    }
    expect(measures.some((m) => !m.matterCategories.includes('procurement'))).toBe(true);
  });
});

describe('grade results', () => {
  const schemeOf = new Map(gradePolicy.schemes.map((scheme) => [scheme.code, scheme]));

  it('belong to known organisations, under a scheme and a grade the policy lists, with evaluator and source', () => {
    expect(unique(demo.grades.map((g) => g.id))).toBe(true);
    for (const g of demo.grades) {
      expect(g.id).toMatch(/^demo-g-\d{4}$/);
      const subject = subjectsById.get(g.subjectId);
      expect(subject, g.id).toBeDefined();
      expect(subject?.kind, g.id).not.toBe('natural-person');
      const scheme = schemeOf.get(g.scheme);
      expect(scheme, g.id).toBeDefined();
      expect(
        scheme?.grades.map((level) => level.grade),
        g.id,
      ).toContain(g.grade);
      expect(isRealDate(g.evaluatedOn) && g.evaluatedOn <= AS_OF, g.id).toBe(true);
      if (g.validUntil !== null)
        expect(isRealDate(g.validUntil) && g.validUntil > g.evaluatedOn, g.id).toBe(true);
      expect(g.evaluator.length, g.id).toBeGreaterThan(1);
      expect(g.source, g.id).toContain('演示数据');
    }
  });

  it('cover the three kinds of scheme, and the cases of rule 9 listed in README.md', () => {
    const kinds = new Set(demo.grades.map((g) => schemeOf.get(g.scheme)?.kind));
    expect([...kinds].sort()).toEqual(['industry', 'public-credit', 'risk-class']);
    const schemesOf = (id: string): string[] =>
      demo.grades.filter((g) => g.subjectId === id).map((g) => schemeOf.get(g.scheme)?.kind ?? '');
    const industryOnly = demo.subjects.filter(
      (s) => schemesOf(s.id).length > 0 && schemesOf(s.id).every((kind) => kind === 'industry'),
    );
    expect(industryOnly.length).toBeGreaterThan(0);
    const expiredRisk = demo.grades.filter(
      (g) => schemeOf.get(g.scheme)?.kind === 'risk-class' && g.validUntil !== null && g.validUntil < AS_OF,
    );
    expect(expiredRisk.length).toBeGreaterThan(0);
    const all = demo.subjects.filter((s) => new Set(schemesOf(s.id)).size === 3);
    expect(all.length).toBeGreaterThan(0);
    for (const s of [industryOnly[0], expiredRisk[0] && subjectsById.get(expiredRisk[0].subjectId)])
      expect(readme).toContain(s?.id ?? 'missing');
  });
});
