import type { StoredEvidence } from './engine';
import type { PcReport } from './simulated-pc';
import type { Publication } from './publisher';
import { percentile, round } from './stats';

export type Delivery = {
  published: number;
  /** Published entries some PC never applied, summed over PCs; must be 0. */
  lost: number;
  /** Entries a PC applied more than once, summed over PCs; must be 0. */
  duplicated: number;
  freshnessSamples: number;
  freshnessP50Seconds: number | null;
  freshnessP95Seconds: number | null;
  freshnessP99Seconds: number | null;
  freshnessMaxSeconds: number | null;
};

/**
 * Freshness is when a PC had applied an entry minus when the platform published it, one sample per PC and entry
 * published inside the measured window; lost and duplicated count every entry of the run, warm-up included.
 */
export function deliveryOf(
  publications: readonly Publication[],
  pcs: readonly PcReport[],
  window: { from: number; to: number },
): Delivery {
  let lost = 0;
  let duplicated = 0;
  const samples: number[] = [];
  for (const publication of publications) {
    const measured = publication.publishedAt >= window.from && publication.publishedAt <= window.to;
    for (const pc of pcs) {
      const times = pc.seen[publication.recordId] ?? [];
      if (times.length === 0) lost += 1;
      if (times.length > 1) duplicated += 1;
      const first = times[0];
      if (measured && first !== undefined) samples.push((first - publication.publishedAt) / 1000);
    }
  }
  const seconds = (p: number): number | null => {
    const value = percentile(samples, p);
    return value === null ? null : round(value);
  };
  return {
    published: publications.length,
    lost,
    duplicated,
    freshnessSamples: samples.length,
    freshnessP50Seconds: seconds(50),
    freshnessP95Seconds: seconds(95),
    freshnessP99Seconds: seconds(99),
    freshnessMaxSeconds: seconds(100),
  };
}

export type Evidence = {
  checksApplied: number;
  checksStored: number;
  /** Checks answered `applied` the platform does not hold; must be 0. */
  checksMissing: number;
  /** Checks held twice, or held without an `applied` answer; must be 0. */
  checksUnexpected: number;
  feedbackApplied: number;
  feedbackStored: number;
};

/** The platform holds exactly the checks it answered `applied` for, each once, and as much feedback. */
export function evidenceOf(pcs: readonly PcReport[], stored: StoredEvidence): Evidence {
  const applied = new Set(pcs.flatMap((pc) => pc.checksApplied.map((id) => `${pc.deviceId}\n${id}`)));
  const held = new Map<string, number>();
  for (const check of stored.checks) {
    const key = `${check.deviceId}\n${check.checkId}`;
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  let missing = 0;
  for (const key of applied) if (!held.has(key)) missing += 1;
  let unexpected = 0;
  for (const [key, count] of held) unexpected += applied.has(key) ? count - 1 : count;
  return {
    checksApplied: applied.size,
    checksStored: stored.checks.length,
    checksMissing: missing,
    checksUnexpected: unexpected,
    feedbackApplied: pcs.reduce((sum, pc) => sum + pc.feedbackApplied, 0),
    feedbackStored: stored.feedback,
  };
}
