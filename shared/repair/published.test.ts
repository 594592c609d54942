import { describe, expect, it } from 'vitest';
import { recordPublished, recordShown, repairableAtWindow } from './published';

describe('recordPublished', () => {
  it('is the status, until the last day of the publication period included', () => {
    const record = { status: 'published', publicationEndsOn: '2026-06-01' } as const;
    expect(recordPublished(record, '2026-06-01')).toBe(true);
    expect(recordPublished(record, '2026-06-02')).toBe(false);
    expect(recordPublished({ ...record, publicationEndsOn: null }, '2099-01-01')).toBe(true);
    expect(recordPublished({ ...record, status: 'unpublished' }, '2026-01-01')).toBe(false);
    expect(recordPublished({ ...record, status: 'repaired' }, '2026-01-01')).toBe(false);
  });
});

describe('recordShown (what a check lists)', () => {
  it('lists published records and those repaired with 标注, not stopped, masked or ended ones', () => {
    const base = { publicationEndsOn: '2026-06-01', repairOutcome: null } as const;
    expect(recordShown({ ...base, status: 'published' }, '2026-06-01')).toBe(true);
    expect(recordShown({ ...base, status: 'published' }, '2026-06-02')).toBe(false);
    expect(recordShown({ ...base, status: 'repaired', repairOutcome: 'annotate' }, '2026-07-01')).toBe(true);
    expect(recordShown({ ...base, status: 'unpublished', repairOutcome: 'mask' }, '2026-01-01')).toBe(false);
    expect(
      recordShown({ ...base, status: 'unpublished', repairOutcome: 'stop-publication' }, '2026-01-01'),
    ).toBe(false);
    // Repaired before this capability recorded how: not shown, as before.
    expect(recordShown({ ...base, status: 'repaired' }, '2026-01-01')).toBe(false);
  });
});

describe('repairableAtWindow', () => {
  it('takes published penalties and commitment failures only', () => {
    const base = { status: 'published', publicationEndsOn: '2026-06-01' } as const;
    expect(repairableAtWindow({ ...base, category: 'penalty' }, '2026-06-01')).toBe(true);
    expect(repairableAtWindow({ ...base, category: 'commitment' }, '2026-06-01')).toBe(true);
    expect(repairableAtWindow({ ...base, category: 'license' }, '2026-06-01')).toBe(false);
    expect(repairableAtWindow({ ...base, category: 'penalty' }, '2026-06-02')).toBe(false);
  });
});
