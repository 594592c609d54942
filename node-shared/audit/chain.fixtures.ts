import { appendHashed, type ChainEntry, GENESIS_HEAD, type HashedEntry } from './chain';

// Helpers for the chain tests (the example and the property suites).

/** Chains entries whose seqs are already in order, storing each hash as the repository will. */
export function hashAll(entries: readonly ChainEntry[]): HashedEntry[] {
  let head = GENESIS_HEAD;
  return entries.map((entry) => {
    head = appendHashed(head, entry);
    return { ...entry, hash: head.hash };
  });
}

/** Moves every entry from `index` on by `delta` seqs and keeps its stored hash (what renumbering rows does). */
export function renumberFrom(entries: HashedEntry[], index: number, delta: number): HashedEntry[] {
  return entries.map((entry, at) => (at >= index ? { ...entry, seq: entry.seq + delta } : entry));
}
