import { describe, expect, it } from 'vitest';
import {
  appendHashed,
  canonicalEntry,
  type ChainEntry,
  chainHash,
  GENESIS_HASH,
  GENESIS_HEAD,
  type HashedEntry,
  verifyChain,
} from './chain';
import { hashAll, renumberFrom } from './chain.fixtures';

const SAMPLE: ChainEntry = {
  seq: 1,
  at: '2026-03-01T08:30:00.000Z',
  actor: 'clerk-01',
  action: 'check.run',
  targetType: 'subject',
  targetId: '91410400MA0000000X',
  caseNumber: 'SP-2026-0001',
  purpose: '行政审批',
  detail: { z: { y: 0.5, x: true }, a: [1, '二', null] },
};

function makeEntries(count: number): ChainEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    seq: index + 1,
    at: new Date(Date.UTC(2026, 0, 1) + index * 61_000).toISOString(),
    actor: `clerk-${index % 7}`,
    action: ['check.run', 'check.feedback', 'report.print', 'auth.sign-in'][index % 4] ?? 'check.run',
    targetType: index % 3 === 0 ? 'subject' : 'check',
    targetId: index % 5 === 0 ? null : `T${index}`,
    caseNumber: index % 2 === 0 ? `SP-${index}` : null,
    purpose: index % 4 === 3 ? null : '行政审批',
    detail: { index, verdict: index % 9 === 0 ? 'hit' : 'clear', tags: [index % 2, 'x'] },
  }));
}

const CHAIN = hashAll(makeEntries(1000));
const MIDDLE = 500; // index 499
const at = (seq: number) => CHAIN[seq - 1] as HashedEntry;
const withEntry = (seq: number, entry: HashedEntry) => CHAIN.map((e) => (e.seq === seq ? entry : e));

describe('chain hash', () => {
  it('hashes a fixed entry to a pinned value (the format is part of the stored data)', () => {
    expect(canonicalEntry(SAMPLE)).toBe(
      '{"action":"check.run","actor":"clerk-01","at":"2026-03-01T08:30:00.000Z","case_number":"SP-2026-0001",' +
        '"detail":{"a":[1,"二",null],"z":{"x":true,"y":0.5}},"purpose":"行政审批","seq":1,' +
        '"target_id":"91410400MA0000000X","target_type":"subject"}',
    );
    // Computed independently: sha256 of 64 zeros, a newline and the text above.
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(chainHash(GENESIS_HASH, SAMPLE)).toBe(
      'ee9edb56aebb26186f10946c9dcd770bff0c2b4b0d41cc81cedf8a3bfa353f60',
    );
  });

  it('does not depend on the key order of detail or of the entry object', () => {
    const reordered: ChainEntry = {
      detail: { a: [1, '二', null], z: { x: true, y: 0.5 } },
      purpose: SAMPLE.purpose,
      caseNumber: SAMPLE.caseNumber,
      targetId: SAMPLE.targetId,
      targetType: SAMPLE.targetType,
      action: SAMPLE.action,
      actor: SAMPLE.actor,
      at: SAMPLE.at,
      seq: SAMPLE.seq,
    };
    expect(canonicalEntry(reordered)).toBe(canonicalEntry(SAMPLE));
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, SAMPLE));
    const roundTripped = {
      ...SAMPLE,
      detail: JSON.parse(JSON.stringify(SAMPLE.detail)) as Record<string, unknown>,
    };
    expect(chainHash(GENESIS_HASH, roundTripped)).toBe(chainHash(GENESIS_HASH, SAMPLE));
  });

  it('tells null from an empty string and ignores fields that are not part of an entry', () => {
    expect(canonicalEntry({ ...SAMPLE, purpose: null })).not.toBe(canonicalEntry({ ...SAMPLE, purpose: '' }));
    const stored: HashedEntry = { ...SAMPLE, hash: 'f'.repeat(64) };
    expect(canonicalEntry(stored)).toBe(canonicalEntry(SAMPLE));
  });

  it('appendHashed gives the next head and refuses an entry that does not follow', () => {
    expect(appendHashed(GENESIS_HEAD, SAMPLE)).toEqual({ seq: 1, hash: chainHash(GENESIS_HASH, SAMPLE) });
    expect(() => appendHashed(GENESIS_HEAD, { ...SAMPLE, seq: 2 })).toThrow(RangeError);
    expect(() => appendHashed({ seq: 1, hash: GENESIS_HASH }, SAMPLE)).toThrow(RangeError);
  });
});

describe('verifyChain', () => {
  it('verifies an empty chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HEAD });
    expect(verifyChain([], { knownHead: GENESIS_HEAD })).toMatchObject({ ok: true });
  });

  it('verifies a chain of 1,000 entries and gives its head', () => {
    const last = at(1000);
    expect(verifyChain(CHAIN)).toEqual({ ok: true, count: 1000, head: { seq: 1000, hash: last.hash } });
    expect(verifyChain(CHAIN, { knownHead: { seq: 1000, hash: last.hash } })).toMatchObject({ ok: true });
    // An earlier acknowledged head is fine too: entries appended since then are not yet anchored.
    expect(verifyChain(CHAIN, { knownHead: { seq: 10, hash: at(10).hash } })).toMatchObject({ ok: true });
  });

  it('verifies a tail that continues from an earlier head', () => {
    const from = { seq: 600, hash: at(600).hash };
    expect(verifyChain(CHAIN.slice(600), { from })).toEqual({
      ok: true,
      count: 400,
      head: { seq: 1000, hash: at(1000).hash },
    });
    expect(verifyChain(CHAIN.slice(601), { from })).toMatchObject({
      ok: false,
      reason: 'removed',
      firstBadSeq: 601,
    });
  });

  const alterations: [string, (entry: HashedEntry) => HashedEntry][] = [
    ['detail', (e) => ({ ...e, detail: { ...e.detail, verdict: 'clear-edited' } })],
    ['actor', (e) => ({ ...e, actor: 'someone-else' })],
    ['at', (e) => ({ ...e, at: '2026-01-01T00:00:00.000Z' })],
    ['action', (e) => ({ ...e, action: 'check.deleted' })],
    ['target id', (e) => ({ ...e, targetId: null })],
    ['case number', (e) => ({ ...e, caseNumber: 'SP-forged' })],
    ['purpose', (e) => ({ ...e, purpose: '' })],
    ['stored hash', (e) => ({ ...e, hash: 'a'.repeat(64) })],
  ];
  it.each(alterations)('detects an altered %s of a middle entry at its seq', (_field, alter) => {
    const verdict = verifyChain(withEntry(MIDDLE, alter(at(MIDDLE))));
    expect(verdict).toMatchObject({ ok: false, reason: 'altered', firstBadSeq: MIDDLE });
    expect(!verdict.ok && verdict.message).toMatch(/第 500 条.*篡改/);
  });

  it('does not count a different key order in detail as an alteration', () => {
    const e = at(MIDDLE);
    const reordered = {
      ...e,
      detail: { tags: e.detail.tags, verdict: e.detail.verdict, index: e.detail.index },
    };
    expect(verifyChain(withEntry(MIDDLE, reordered))).toMatchObject({ ok: true, count: 1000 });
  });

  it('detects a removed entry, whether the seqs were left with a gap or renumbered', () => {
    const gap = CHAIN.filter((e) => e.seq !== MIDDLE);
    const verdict = verifyChain(gap);
    expect(verdict).toMatchObject({ ok: false, reason: 'removed', firstBadSeq: MIDDLE });
    expect(!verdict.ok && verdict.message).toMatch(/第 500 条.*删除/);
    const renumbered = renumberFrom(gap, MIDDLE - 1, -1);
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, reason: 'removed', firstBadSeq: MIDDLE });
    expect(verifyChain(CHAIN.slice(1))).toMatchObject({ ok: false, reason: 'removed', firstBadSeq: 1 });
  });

  it('detects a removed tail only against a head recorded elsewhere', () => {
    const knownHead = { seq: 1000, hash: at(1000).hash };
    expect(verifyChain(CHAIN.slice(0, 997))).toMatchObject({ ok: true, count: 997 });
    expect(verifyChain(CHAIN.slice(0, 997), { knownHead })).toMatchObject({
      ok: false,
      reason: 'removed',
      firstBadSeq: 998,
    });
  });

  it('detects a chain recomputed after a change against a head recorded elsewhere', () => {
    const knownHead = { seq: 1000, hash: at(1000).hash };
    const rewritten = hashAll(CHAIN.map((e) => (e.seq === MIDDLE ? { ...e, actor: 'someone-else' } : e)));
    expect(verifyChain(rewritten)).toMatchObject({ ok: true });
    expect(verifyChain(rewritten, { knownHead })).toMatchObject({
      ok: false,
      reason: 'altered',
      firstBadSeq: 1000,
    });
  });

  it('detects two entries swapped, as rows or with their seqs exchanged', () => {
    const swapped = [...CHAIN];
    [swapped[299], swapped[699]] = [at(700), at(300)];
    const verdict = verifyChain(swapped);
    expect(verdict).toMatchObject({ ok: false, reason: 'reordered', firstBadSeq: 300 });
    expect(!verdict.ok && verdict.message).toMatch(/第 300 条.*顺序/);

    const seqsExchanged = CHAIN.map((e) =>
      e.seq === 300 ? { ...at(700), seq: 300 } : e.seq === 700 ? { ...at(300), seq: 700 } : e,
    );
    expect(verifyChain(seqsExchanged)).toMatchObject({ ok: false, reason: 'reordered', firstBadSeq: 300 });

    const neighbours = CHAIN.map((e) =>
      e.seq === MIDDLE
        ? { ...at(MIDDLE + 1), seq: MIDDLE }
        : e.seq === MIDDLE + 1
          ? { ...at(MIDDLE), seq: MIDDLE + 1 }
          : e,
    );
    expect(verifyChain(neighbours)).toMatchObject({ ok: false, reason: 'reordered', firstBadSeq: MIDDLE });
  });

  it('detects an inserted entry, with the seqs after it renumbered or with a repeated seq', () => {
    const forged: HashedEntry = { ...at(MIDDLE), actor: 'forger', hash: 'b'.repeat(64) };
    const renumbered = [
      ...CHAIN.slice(0, MIDDLE - 1),
      forged,
      ...renumberFrom(CHAIN.slice(MIDDLE - 1), 0, 1),
    ];
    const verdict = verifyChain(renumbered);
    expect(verdict).toMatchObject({ ok: false, reason: 'inserted', firstBadSeq: MIDDLE });
    expect(!verdict.ok && verdict.message).toMatch(/第 500 条.*插入/);

    const repeatedBefore = [...CHAIN.slice(0, MIDDLE - 1), forged, ...CHAIN.slice(MIDDLE - 1)];
    expect(verifyChain(repeatedBefore)).toMatchObject({ ok: false, reason: 'inserted', firstBadSeq: MIDDLE });
    const repeatedAfter = [...CHAIN.slice(0, MIDDLE), forged, ...CHAIN.slice(MIDDLE)];
    expect(verifyChain(repeatedAfter)).toMatchObject({
      ok: false,
      reason: 'inserted',
      firstBadSeq: MIDDLE + 1,
    });
  });
});

// The acceptance line, in one place: each of the three tamperings is found at its entry.
describe('audit chain (issue 5)', () => {
  it('detects an altered, removed or reordered entry', () => {
    const altered = withEntry(MIDDLE, { ...at(MIDDLE), actor: '改过的人' });
    expect(verifyChain(altered)).toMatchObject({ ok: false, reason: 'altered', firstBadSeq: MIDDLE });
    const removed = CHAIN.filter((entry) => entry.seq !== MIDDLE);
    expect(verifyChain(removed)).toMatchObject({ ok: false, reason: 'removed', firstBadSeq: MIDDLE });
    const reordered = CHAIN.map((entry) =>
      entry.seq === MIDDLE ? at(MIDDLE + 1) : entry.seq === MIDDLE + 1 ? at(MIDDLE) : entry,
    );
    expect(verifyChain(reordered)).toMatchObject({ ok: false, reason: 'reordered', firstBadSeq: MIDDLE });
    expect(verifyChain(CHAIN)).toMatchObject({ ok: true, count: 1000 });
  });
});

describe('verifyChain reports every break', () => {
  it('finds two separate alterations, and a removal after an alteration', () => {
    const alter = (entry: HashedEntry): HashedEntry => ({ ...entry, caseNumber: 'SP-forged' });
    const twice = CHAIN.map((e) => (e.seq === 200 || e.seq === 800 ? alter(e) : e));
    const verdict = verifyChain(twice);
    expect(verdict).toMatchObject({ ok: false, reason: 'altered', firstBadSeq: 200 });
    expect(verdict.ok ? [] : verdict.breaks.map(({ seq, reason }) => ({ seq, reason }))).toEqual([
      { seq: 200, reason: 'altered' },
      { seq: 800, reason: 'altered' },
    ]);
    const altered = withEntry(100, alter(at(100)));
    const andRemoved = altered.filter((entry) => entry.seq !== 700);
    const both = verifyChain(andRemoved);
    expect(both.ok ? [] : both.breaks.map(({ seq, reason }) => ({ seq, reason }))).toEqual([
      { seq: 100, reason: 'altered' },
      { seq: 700, reason: 'removed' },
    ]);
  });
});
