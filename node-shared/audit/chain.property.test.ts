import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HEAD, type HashedEntry, verifyChain } from './chain';
import { hashAll, renumberFrom } from './chain.fixtures';

// Any single mutation of a random chain is detected, with the reason and seq the example tests pin down.

const nullableText = fc.option(fc.string({ maxLength: 12 }), { nil: null });
const entryBody = fc.record({
  at: fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((ms) => new Date(ms).toISOString()),
  actor: fc.string({ maxLength: 12 }),
  action: fc.string({ maxLength: 12 }),
  targetType: fc.string({ maxLength: 12 }),
  targetId: nullableText,
  caseNumber: nullableText,
  purpose: nullableText,
  detail: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
});
const randomChain = fc
  .array(entryBody, { minLength: 1, maxLength: 25 })
  .map((bodies) => hashAll(bodies.map((body, index) => ({ ...body, seq: index + 1 }))));

type Field = Exclude<keyof HashedEntry, 'seq'>;
const FIELDS: Field[] = [
  'at',
  'actor',
  'action',
  'targetType',
  'targetId',
  'caseNumber',
  'purpose',
  'detail',
  'hash',
];

/** A value of the field that is surely different from the one there (null ↔ "" included). */
function changed(entry: HashedEntry, field: Field): HashedEntry {
  const value = entry[field];
  if (field === 'detail')
    return { ...entry, detail: { ...entry.detail, '~tampered': entry.detail['~tampered'] === 1 ? 2 : 1 } };
  if (typeof value !== 'string') return { ...entry, [field]: '' }; // null
  return { ...entry, [field]: `${value}′` };
}

type Mutation =
  | { kind: 'alter'; index: number; field: Field }
  | { kind: 'remove'; index: number; renumber: boolean }
  | { kind: 'swap'; index: number; other: number; exchangeSeqs: boolean }
  | { kind: 'insert'; index: number; renumber: boolean };

const mutation = (length: number): fc.Arbitrary<Mutation> => {
  const index = fc.integer({ min: 0, max: length - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('alter' as const), index, field: fc.constantFrom(...FIELDS) }),
    fc.record({ kind: fc.constant('remove' as const), index, renumber: fc.boolean() }),
    fc.record({
      kind: fc.constant('insert' as const),
      index: fc.integer({ min: 0, max: length }),
      renumber: fc.boolean(),
    }),
    ...(length < 2
      ? []
      : [
          fc
            .record({ index, other: index, exchangeSeqs: fc.boolean() })
            .filter((m) => m.index !== m.other)
            .map((m) => ({ kind: 'swap' as const, ...m })),
        ]),
  );
};

function apply(chain: HashedEntry[], m: Mutation): { entries: HashedEntry[]; reason: string; seq: number } {
  const entries = [...chain];
  const entry = entries[Math.min(m.index, entries.length - 1)] as HashedEntry;
  switch (m.kind) {
    case 'alter':
      entries[m.index] = changed(entry, m.field);
      return { entries, reason: 'altered', seq: entry.seq };
    case 'remove': {
      const rest = entries.filter((_, at) => at !== m.index);
      return {
        entries: m.renumber ? renumberFrom(rest, m.index, -1) : rest,
        reason: 'removed',
        seq: m.index + 1,
      };
    }
    case 'swap': {
      const [low, high] = [Math.min(m.index, m.other), Math.max(m.index, m.other)];
      const a = entries[low] as HashedEntry;
      const b = entries[high] as HashedEntry;
      entries[low] = m.exchangeSeqs ? { ...b, seq: a.seq } : b;
      entries[high] = m.exchangeSeqs ? { ...a, seq: b.seq } : a;
      return { entries, reason: 'reordered', seq: low + 1 };
    }
    case 'insert': {
      const forged: HashedEntry = {
        ...entry,
        seq: m.index + 1,
        actor: `${entry.actor}+`,
        hash: 'c'.repeat(64),
      };
      const before = entries.slice(0, m.index);
      const after = entries.slice(m.index);
      const tail = m.index === entries.length;
      return {
        entries: [...before, forged, ...(m.renumber ? renumberFrom(after, 0, 1) : after)],
        // An extra entry at the very end has nothing after it to tell it from an altered one.
        reason: tail ? 'altered' : 'inserted',
        seq: m.index + 1,
      };
    }
  }
}

describe('verifyChain (property)', () => {
  it('detects any single mutation of a random chain, with its reason and seq', () => {
    fc.assert(
      fc.property(
        randomChain.chain((chain) => fc.tuple(fc.constant(chain), mutation(chain.length))),
        ([chain, m]) => {
          const original = verifyChain(chain);
          expect(original.ok).toBe(true);
          const knownHead = original.ok ? original.head : GENESIS_HEAD;
          const { entries, reason, seq } = apply(chain, m);
          expect(verifyChain(entries, { knownHead })).toMatchObject({ ok: false, reason, firstBadSeq: seq });
        },
      ),
      { numRuns: 500 },
    );
  });
});
