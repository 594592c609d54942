// An order-independent checksum of a table, computed the same way by the platform and the client so that
// anti-entropy can tell which tables differ. Pure arithmetic (no node:crypto): it runs on both sides.
// Each row is hashed from its canonical text (columns in name order, JSON values) with two 32-bit FNV-1a
// variants; the table's hash adds the row hashes per lane modulo 2^32, so order does not matter.

const FNV_PRIME = 0x01000193;

/** Canonical text of a row: keys sorted, values as JSON (arrays included), so both sides agree byte for byte. */
export function canonicalRow(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((key) => [key, row[key] ?? null]),
  );
}

function rowHash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, FNV_PRIME) >>> 0;
    b = Math.imul(b ^ ((code * 31 + index) & 0xffff), FNV_PRIME) >>> 0;
  }
  return [a, b];
}

export type TableHasher = {
  add: (row: Record<string, unknown>) => void;
  /** A row given as its canonical text already (canonicalRow's, made elsewhere: the client's SQLite). */
  addCanonical: (text: string) => void;
  result: () => { count: number; hash: string };
};

export function tableHasher(): TableHasher {
  let count = 0;
  let laneA = 0;
  let laneB = 0;
  const addCanonical = (text: string): void => {
    const [a, b] = rowHash(text);
    laneA = (laneA + a) >>> 0;
    laneB = (laneB + b) >>> 0;
    count += 1;
  };
  return {
    add: (row) => addCanonical(canonicalRow(row)),
    addCanonical,
    result: () => ({
      count,
      hash: `${laneA.toString(16).padStart(8, '0')}${laneB.toString(16).padStart(8, '0')}`,
    }),
  };
}
