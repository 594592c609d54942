import { describe, expect, it } from 'vitest';
import { deliveryOf, evidenceOf } from './analyse';
import type { PcReport } from './simulated-pc';

// The bench's verdict must catch what it claims to: a PC that missed an entry, one that applied it twice, a check
// answered `applied` the platform does not hold, one it holds twice or without an answer.
const pc = (deviceId: string, seen: Record<string, number[]>, checksApplied: string[]): PcReport => ({
  deviceId,
  seen,
  checksApplied,
  feedbackApplied: checksApplied.length,
  pushesInWindow: checksApplied.length,
  feedRequestsInWindow: 0,
  errors: {},
  cursor: 0,
});

describe('the load benchmark’s checks', () => {
  it('counts lost and duplicated entries per PC, and takes freshness from the first application in the window', () => {
    const publications = [
      { recordId: 'imp-a', publishedAt: 1_000 },
      { recordId: 'imp-b', publishedAt: 5_000 },
    ];
    const delivery = deliveryOf(
      publications,
      [pc('d1', { 'imp-a': [1_500], 'imp-b': [6_000, 7_000] }, []), pc('d2', { 'imp-a': [3_000] }, [])],
      { from: 0, to: 10_000 },
    );
    expect(delivery).toMatchObject({ published: 2, lost: 1, duplicated: 1, freshnessSamples: 3 });
    expect(delivery.freshnessP50Seconds).toBe(1);
    expect(delivery.freshnessMaxSeconds).toBe(2);
    const warmUpOnly = deliveryOf(publications, [pc('d1', { 'imp-a': [1_500], 'imp-b': [6_000] }, [])], {
      from: 2_000,
      to: 10_000,
    });
    expect(warmUpOnly.freshnessSamples).toBe(1);
  });

  it('finds checks missing, held twice or held without an applied answer', () => {
    const evidence = evidenceOf([pc('d1', {}, ['c1', 'c2']), pc('d2', {}, ['c1'])], {
      checks: [
        { deviceId: 'd1', checkId: 'c1' },
        { deviceId: 'd1', checkId: 'c1' },
        { deviceId: 'd2', checkId: 'c1' },
        { deviceId: 'd2', checkId: 'c9' },
      ],
      feedback: 3,
    });
    expect(evidence).toEqual({
      checksApplied: 3,
      checksStored: 4,
      checksMissing: 1,
      checksUnexpected: 2,
      feedbackApplied: 3,
      feedbackStored: 3,
    });
  });
});
