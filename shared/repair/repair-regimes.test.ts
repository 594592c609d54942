// Checks the shipped repair regimes against their schema and against DOMAIN.md's figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RepairRegimes } from './regime-schema';

const raw = JSON.parse(
  readFileSync(new URL('../../resources/rules/repair-regimes.json', import.meta.url), 'utf8'),
) as unknown;

describe('resources/rules/repair-regimes.json', () => {
  const table = RepairRegimes.parse(raw);

  it('holds the regimes in order of their start days', () => {
    expect(table.regimes.map((regime) => [regime.id, regime.effectiveFrom])).toEqual([
      ['2019', null],
      ['2023', '2023-05-01'],
      ['2025', '2025-06-22'],
      ['2026', '2026-04-01'],
    ]);
  });

  it('takes the 2026 start day from NDRC Order No. 36 and marks its periods as awaiting the text', () => {
    const latest = table.regimes[3];
    expect(latest?.effectiveFromConfirmed).toBe(true);
    expect(latest?.basis).toContain('第36号');
    expect(latest?.classes.every((entry) => !entry.confirmed)).toBe(true);
  });

  it('marks the 2025 start day as an assumption and the processing limits as unconfirmed', () => {
    expect(table.regimes[2]?.effectiveFromConfirmed).toBe(false);
    expect(table.regimes[2]?.note).toContain('待市平台确认');
    expect(table.processingLimits.steps.every((step) => !step.confirmed)).toBe(true);
  });

  it('holds the 令第36号 transition as unconfirmed data, on that regime only', () => {
    expect(table.regimes.map((regime) => regime.transition?.confirmed ?? null)).toEqual([
      null,
      null,
      null,
      false,
    ]);
    expect(table.regimes[3]?.transition?.note).toContain('未能查到原文');
  });

  it('sends 失信被执行人 to the people’s court, with its basis marked unconfirmed', () => {
    expect(table.outsideWindow).toEqual([
      expect.objectContaining({
        listTypes: ['DISHONEST_JUDGMENT_DEBTOR'],
        authority: '人民法院',
        confirmed: false,
      }),
    ]);
    expect(table.outsideWindow[0]?.apply).toContain('执行法院');
    // A table set before this field existed still parses: every list is taken at the window.
    const { outsideWindow: _dropped, ...older } = raw as Record<string, unknown>;
    expect(RepairRegimes.parse(older).outsideWindow).toEqual([]);
  });

  it('keeps 特定严重 unrepairable in 2019 and the 1-year minimum for 特种设备/安全生产/消防 in 2023', () => {
    const legacy = table.regimes[0]?.classes.find((entry) => entry.severities.includes('specific-serious'));
    expect(legacy?.repairable).toBe(false);
    expect(table.regimes[1]?.domainOverrides.map((override) => [override.key, override.minimum])).toEqual([
      ['special-equipment', { amount: 1, unit: 'year' }],
      ['work-safety', { amount: 1, unit: 'year' }],
      ['fire-safety', { amount: 1, unit: 'year' }],
    ]);
  });

  it('rejects regimes out of order and a severity in two classes', () => {
    const [first, second] = table.regimes;
    expect(
      RepairRegimes.safeParse({ ...table, regimes: [first, second, { ...second, id: 'x' }] }).success,
    ).toBe(false);
    const doubled = { ...second, classes: [...(second?.classes ?? []), ...(second?.classes ?? [])] };
    expect(RepairRegimes.safeParse({ ...table, regimes: [first, doubled] }).success).toBe(false);
  });
});
