import { describe, expect, it } from 'vitest';
import { repairOutcomes } from '../domain/repair';
import { outcomeFits, outcomesFor } from './outcomes';

describe('outcomeFits', () => {
  it('keeps 移出名单 for list entries, which are otherwise only deleted', () => {
    expect(repairOutcomes.filter((outcome) => outcomeFits('list_entries', outcome))).toEqual([
      'remove-from-list',
      'delete',
    ]);
    expect(repairOutcomes.filter((outcome) => outcomeFits('credit_records', outcome))).toEqual([
      'stop-publication',
      'annotate',
      'mask',
      'delete',
    ]);
    expect(outcomeFits('credit_records', 'remove-from-list')).toBe(false);
    expect(outcomesFor.list_entries).toEqual(['remove-from-list', 'delete']);
  });
});
