import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regimeFor, repairEligibility } from './eligibility';
import { RepairRegimes } from './regime-schema';

const regimes = RepairRegimes.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/repair-regimes.json', import.meta.url), 'utf8')),
);

describe('regime by decision day', () => {
  it('switches to the 2023 regime on 2023-05-01 itself', () => {
    expect(regimeFor(regimes, '2015-01-01').id).toBe('2019');
    expect(regimeFor(regimes, '2023-04-30').id).toBe('2019');
    expect(regimeFor(regimes, '2023-05-01').id).toBe('2023');
    expect(regimeFor(regimes, '2025-06-21').id).toBe('2023');
    expect(regimeFor(regimes, '2025-06-22').id).toBe('2025');
    expect(regimeFor(regimes, '2026-03-31').id).toBe('2025');
    expect(regimeFor(regimes, '2026-04-01').id).toBe('2026');
  });

  it('gives a 一般 decision on the switch day the 2023 periods, and the day before the 2019 ones', () => {
    const before = repairEligibility(
      regimes,
      { decisionOn: '2023-04-30', severity: 'general' },
      '2023-08-01',
    );
    expect(before).toMatchObject({ regime: '2019', eligible: true, publicationEndsOn: '2024-04-30' });
    const on = repairEligibility(regimes, { decisionOn: '2023-05-01', severity: 'general' }, '2023-08-01');
    expect(on).toMatchObject({ regime: '2023', eligible: false, eligibleFrom: '2023-08-02' });
    expect(on.publicationEndsOn).toBe('2026-05-01');
    expect(on.reason.code).toBe('too-early');
  });
});

describe('2019 regime (发改办财金〔2019〕527号)', () => {
  it('一般: 3 months minimum — the last day of it is too early, the next day is eligible', () => {
    const record = { decisionOn: '2021-03-10', severity: 'general' } as const;
    const lastDay = repairEligibility(regimes, record, '2021-06-10');
    expect(lastDay).toMatchObject({
      eligible: false,
      eligibleFrom: '2021-06-11',
      publicationEndsOn: '2022-03-10',
    });
    expect(lastDay.reason.code).toBe('too-early');
    expect(lastDay.reason.message).toContain('2021-06-11');
    expect(repairEligibility(regimes, record, '2021-06-11')).toMatchObject({ eligible: true });
    expect(repairEligibility(regimes, record, '2022-03-10').reason.code).toBe('eligible');
    expect(repairEligibility(regimes, record, '2022-03-11')).toMatchObject({
      eligible: false,
      eligibleFrom: null,
      reason: { code: 'already-ended' },
    });
  });

  it('严重: 6 months minimum from 08-31 ends on the last day of February', () => {
    const record = { decisionOn: '2020-08-31', severity: 'serious' } as const;
    expect(repairEligibility(regimes, record, '2021-02-28')).toMatchObject({
      eligible: false,
      eligibleFrom: '2021-03-01',
      publicationEndsOn: '2023-08-31',
    });
    expect(repairEligibility(regimes, record, '2021-03-01').eligible).toBe(true);
  });

  it('特定严重: not repairable, published the full period', () => {
    const result = repairEligibility(
      regimes,
      { decisionOn: '2020-05-20', severity: 'specific-serious' },
      '2022-01-01',
    );
    expect(result).toMatchObject({
      regime: '2019',
      eligible: false,
      eligibleFrom: null,
      publicationEndsOn: '2023-05-20',
      reason: { code: 'not-repairable' },
    });
    // The 3-year figure is marked unconfirmed in the data, so the clerk is told.
    expect(result.unconfirmed).toHaveLength(1);
  });

  it('轻微 is not a class of this regime: left to a person', () => {
    const result = repairEligibility(regimes, { decisionOn: '2020-05-20', severity: 'minor' }, '2022-01-01');
    expect(result).toMatchObject({
      eligible: false,
      publicationEndsOn: null,
      reason: { code: 'severity-not-in-regime' },
    });
  });
});

describe('2023 regime (NDRC Order No. 58)', () => {
  it('runs from the decision day: 01-31 + 3 months ends on 04-30, eligible from 05-01', () => {
    const record = { decisionOn: '2024-01-31', severity: 'general' } as const;
    expect(repairEligibility(regimes, record, '2024-04-29').eligible).toBe(false);
    expect(repairEligibility(regimes, record, '2024-04-30')).toMatchObject({
      eligible: false,
      eligibleFrom: '2024-05-01',
      publicationEndsOn: '2027-01-31',
    });
    expect(repairEligibility(regimes, record, '2024-05-01')).toMatchObject({
      eligible: true,
      unconfirmed: [],
    });
    expect(repairEligibility(regimes, record, '2027-02-01').reason.code).toBe('already-ended');
  });

  it('安全生产: at least 1 year — too early after 3 months, eligible the day after the year ends', () => {
    const record = { decisionOn: '2024-03-15', severity: 'general', domain: 'work-safety' } as const;
    expect(repairEligibility(regimes, record, '2024-06-20')).toMatchObject({
      eligible: false,
      eligibleFrom: '2025-03-16',
    });
    expect(repairEligibility(regimes, record, '2025-03-15').eligible).toBe(false);
    expect(repairEligibility(regimes, record, '2025-03-16').eligible).toBe(true);
  });

  it('特种设备 and 消防 carry the same 1-year minimum; another field does not', () => {
    for (const domain of ['special-equipment', 'fire-safety']) {
      const result = repairEligibility(
        regimes,
        { decisionOn: '2024-02-29', severity: 'serious', domain },
        '2024-06-01',
      );
      expect(result.eligibleFrom).toBe('2025-03-01');
    }
    const other = repairEligibility(
      regimes,
      { decisionOn: '2024-02-29', severity: 'serious', domain: 'tax' },
      '2024-06-01',
    );
    expect(other).toMatchObject({ eligible: true, eligibleFrom: '2024-05-30' });
  });
});

describe('2025 regime (国办发〔2025〕22号)', () => {
  it('严重: 1 to 3 years, and the assumed start day is reported as unconfirmed', () => {
    const record = { decisionOn: '2025-07-10', severity: 'serious' } as const;
    // Before 令第36号 is in force (after it, its transition takes over: same periods, transition.test.ts).
    const before = repairEligibility(regimes, record, '2026-03-31');
    expect(before).toMatchObject({
      regime: '2025',
      regimeName: '《关于进一步完善信用修复制度的实施方案》（国办发〔2025〕22号）',
      decidedUnder: null,
      eligible: false,
      eligibleFrom: '2026-07-11',
      publicationEndsOn: '2028-07-10',
    });
    expect(before.unconfirmed[0]).toContain('暂定');
    expect(repairEligibility(regimes, record, '2026-07-10').eligible).toBe(false);
    expect(repairEligibility(regimes, record, '2026-07-11').eligible).toBe(true);
  });

  it('一般: 3 months to 1 year, 08-31 + 3 months ends on 11-30', () => {
    const record = { decisionOn: '2025-08-31', severity: 'general' } as const;
    expect(repairEligibility(regimes, record, '2025-11-30')).toMatchObject({
      eligible: false,
      eligibleFrom: '2025-12-01',
    });
    expect(repairEligibility(regimes, record, '2025-12-01')).toMatchObject({
      eligible: true,
      publicationEndsOn: '2026-08-31',
    });
  });

  it('轻微: repairable from the decision day once the obligation is met, published at most 3 months', () => {
    const record = { decisionOn: '2025-10-31', severity: 'minor' } as const;
    expect(repairEligibility(regimes, record, '2025-10-31')).toMatchObject({
      eligible: true,
      eligibleFrom: '2025-10-31',
      publicationEndsOn: '2026-01-31',
    });
    expect(repairEligibility(regimes, record, '2026-02-01').reason.code).toBe('already-ended');
  });

  it('特定严重 is not a class of this regime', () => {
    const result = repairEligibility(
      regimes,
      { decisionOn: '2025-10-31', severity: 'specific-serious' },
      '2026-01-01',
    );
    expect(result.reason.code).toBe('severity-not-in-regime');
  });
});

describe('2026 regime (NDRC Order No. 36, 信用修复管理办法)', () => {
  it('一般 decided on the start day: eligible the day after 3 months, periods reported as awaiting the text', () => {
    const record = { decisionOn: '2026-04-01', severity: 'general' } as const;
    const lastDay = repairEligibility(regimes, record, '2026-07-01');
    expect(lastDay).toMatchObject({ regime: '2026', eligible: false, eligibleFrom: '2026-07-02' });
    expect(lastDay.unconfirmed.join('')).toContain('待核实');
    expect(repairEligibility(regimes, record, '2026-07-02')).toMatchObject({
      eligible: true,
      publicationEndsOn: '2027-04-01',
    });
  });

  it('严重 decided the day before the start: 2025 regime on 03-31, 令第36号 periods (the same) from 04-01', () => {
    const record = { decisionOn: '2026-03-31', severity: 'serious' } as const;
    expect(repairEligibility(regimes, record, '2026-03-31')).toMatchObject({
      regime: '2025',
      decidedUnder: null,
      eligibleFrom: '2027-04-01',
    });
    expect(repairEligibility(regimes, record, '2027-03-31')).toMatchObject({
      regime: '2026',
      decidedUnder: { id: '2025' },
      eligible: false,
      eligibleFrom: '2027-04-01',
    });
    expect(repairEligibility(regimes, record, '2027-04-01').eligible).toBe(true);
  });

  it('names the regime by its instrument, not by a year', () => {
    const answer = repairEligibility(
      regimes,
      { decisionOn: '2026-05-01', severity: 'general' },
      '2026-06-01',
    );
    expect(answer.regimeName).toBe('《信用修复管理办法》（国家发展改革委令第36号）');
    expect(regimes.regimes.map((regime) => regime.name)).toEqual([
      '《关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知》（发改办财金〔2019〕527号）',
      '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）',
      '《关于进一步完善信用修复制度的实施方案》（国办发〔2025〕22号）',
      '《信用修复管理办法》（国家发展改革委令第36号）',
    ]);
  });
});

describe('a publication period set shorter by the decision', () => {
  it('ends publication on the decided day, not the regime maximum; a later decided day is capped', () => {
    const record = {
      decisionOn: '2024-12-04',
      severity: 'general',
      publicationEndsOn: '2025-12-04',
    } as const;
    expect(repairEligibility(regimes, record, '2025-06-01')).toMatchObject({
      regime: '2023',
      eligible: true,
      publicationEndsOn: '2025-12-04',
    });
    expect(repairEligibility(regimes, record, '2025-12-05').reason.code).toBe('already-ended');
    const longer = { ...record, publicationEndsOn: '2030-01-01' };
    expect(repairEligibility(regimes, longer, '2025-06-01').publicationEndsOn).toBe('2027-12-04');
  });
});

describe('several penalty types → the longest period', () => {
  const base = regimes.regimes[1];
  if (!base) throw new Error('2023 regime missing');
  // Figures invented for the test only: the shipped data has no per-type periods yet.
  const table = RepairRegimes.parse({
    ...regimes,
    regimes: [
      regimes.regimes[0],
      {
        ...base,
        penaltyTypeOverrides: [
          {
            key: '责令停产停业',
            label: '责令停产停业',
            minimum: { amount: 6, unit: 'month' },
            confirmed: true,
          },
          {
            key: '吊销许可证件',
            label: '吊销许可证件',
            minimum: { amount: 2, unit: 'year' },
            confirmed: false,
          },
        ],
      },
    ],
  });

  it('takes the longest minimum among the penalty types and the field', () => {
    const decisionOn = '2024-01-10';
    const one = repairEligibility(
      table,
      { decisionOn, severity: 'general', penaltyTypes: ['罚款', '责令停产停业'] },
      '2024-07-10',
    );
    expect(one).toMatchObject({ eligible: false, eligibleFrom: '2024-07-11' });
    const two = repairEligibility(
      table,
      {
        decisionOn,
        severity: 'general',
        domain: 'work-safety',
        penaltyTypes: ['责令停产停业', '吊销许可证件'],
      },
      '2025-06-01',
    );
    expect(two).toMatchObject({
      eligible: false,
      eligibleFrom: '2026-01-11',
      publicationEndsOn: '2027-01-10',
    });
    expect(two.unconfirmed).toHaveLength(1);
  });
});
