// 令第36号's 新旧衔接 as resources/rules/repair-regimes.json holds it (confirmed: false): information decided
// before 2026-04-01 and still published on that day follows the 令第36号 periods from that day on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairEligibility } from './eligibility';
import { RepairRegimes } from './regime-schema';

const regimes = RepairRegimes.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/repair-regimes.json', import.meta.url), 'utf8')),
);

describe('令第36号 transition — the day it starts', () => {
  // 令第58号, 一般: at most 3 years there (to 2028-03-01), at most 1 year under 令第36号 (to 2026-03-01).
  const record = { decisionOn: '2025-03-01', severity: 'general' } as const;

  it('on 2026-03-31 the decision day’s regime still answers', () => {
    expect(repairEligibility(regimes, record, '2026-03-31')).toMatchObject({
      regime: '2023',
      decidedUnder: null,
      eligible: true,
      publicationEndsOn: '2028-03-01',
    });
  });

  it('on 2026-04-01 the new maximum has already passed: publication stops that day', () => {
    const answer = repairEligibility(regimes, record, '2026-04-01');
    expect(answer).toMatchObject({
      regime: '2026',
      regimeName: '《信用修复管理办法》（国家发展改革委令第36号）',
      decidedUnder: {
        id: '2023',
        name: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）',
      },
      eligible: false,
      eligibleFrom: null,
      publicationEndsOn: '2026-03-31',
      reason: { code: 'already-ended' },
    });
    expect(answer.reason.message).toBe(
      '该信息于2026-04-01仍在公示，自该日起按《信用修复管理办法》（国家发展改革委令第36号）的期限计算：最长公示期在此前已经届满，应自 2026-04-01 起自动停止公示，无需申请信用修复。',
    );
    // The transition itself could not be checked against the text: the clerk is told.
    expect(answer.unconfirmed.join('')).toContain('新旧衔接：令第36号的新旧衔接条款未能查到原文');
  });
});

describe('令第36号 transition — a maximum not yet passed', () => {
  // Decided 2025-06-15 under 令第58号 (the 国办 plan counts from 2025-06-22): new maximum 2026-06-15.
  const record = { decisionOn: '2025-06-15', severity: 'general' } as const;

  it('shortens publication to the new maximum and keeps repair open until it', () => {
    expect(repairEligibility(regimes, record, '2026-04-01')).toMatchObject({
      regime: '2026',
      decidedUnder: { id: '2023' },
      eligible: true,
      eligibleFrom: '2025-09-16',
      publicationEndsOn: '2026-06-15',
    });
    expect(repairEligibility(regimes, record, '2026-06-15').eligible).toBe(true);
    expect(repairEligibility(regimes, record, '2026-06-16')).toMatchObject({
      publicationEndsOn: '2026-06-15',
      reason: { code: 'already-ended' },
    });
  });
});

describe('令第36号 transition — published on 2026-03-31 only, or still on 2026-04-01', () => {
  const decided = { decisionOn: '2025-05-01', severity: 'general' } as const;

  it('a record whose publication ended on 03-31 stays under its own regime (it was not published on 04-01)', () => {
    const answer = repairEligibility(regimes, { ...decided, publicationEndsOn: '2026-03-31' }, '2026-04-01');
    expect(answer).toMatchObject({
      regime: '2023',
      decidedUnder: null,
      publicationEndsOn: '2026-03-31',
      reason: { code: 'already-ended' },
    });
    expect(answer.reason.message).toBe('公示期已于 2026-03-31 届满，应自动停止公示，无需申请信用修复。');
  });

  it('a record still published on 04-01 follows 令第36号 from that day', () => {
    expect(
      repairEligibility(regimes, { ...decided, publicationEndsOn: '2026-04-01' }, '2026-04-01'),
    ).toMatchObject({
      regime: '2026',
      decidedUnder: { id: '2023' },
      eligible: true,
      publicationEndsOn: '2026-04-01',
    });
  });
});

describe('令第36号 transition — edge cases held as data', () => {
  it('applies the new, longer minimum to a 严重 record decided before (从旧兼从轻 not confirmed, said so)', () => {
    const record = { decisionOn: '2025-05-10', severity: 'serious' } as const;
    expect(repairEligibility(regimes, record, '2026-03-31')).toMatchObject({
      regime: '2023',
      eligible: true,
    });
    const after = repairEligibility(regimes, record, '2026-04-01');
    expect(after).toMatchObject({
      regime: '2026',
      eligible: false,
      eligibleFrom: '2026-05-11',
      reason: { code: 'too-early' },
    });
    expect(after.unconfirmed.join('')).toContain('从旧兼从轻');
  });

  it('keeps the decision day’s answer where 令第36号 has no such class (特定严重), with a note', () => {
    const answer = repairEligibility(
      regimes,
      { decisionOn: '2023-04-01', severity: 'specific-serious' },
      '2026-04-01',
    );
    expect(answer).toMatchObject({
      regime: '2019',
      decidedUnder: null,
      publicationEndsOn: '2026-04-01',
      reason: { code: 'not-repairable' },
    });
    expect(answer.unconfirmed.join('')).toContain('未规定“特定严重失信”类别，仍按');
  });

  it('never reaches a record decided on or after 2026-04-01', () => {
    expect(
      repairEligibility(regimes, { decisionOn: '2026-04-01', severity: 'general' }, '2026-08-01'),
    ).toMatchObject({ regime: '2026', decidedUnder: null });
  });

  it('is refused on the oldest regime, which has nothing before it', () => {
    const [oldest, ...rest] = regimes.regimes;
    if (oldest === undefined) throw new Error('no regime');
    const broken = {
      ...regimes,
      regimes: [{ ...oldest, transition: { confirmed: false, note: '—' } }, ...rest],
    };
    expect(RepairRegimes.safeParse(broken).success).toBe(false);
  });
});
