const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The files an outbox entry's payload refers to: every value of a `sha256` or `…Sha256` key (StoredFile's
 * `sha256` in repair materials and external queries, a report authorisation's `documentSha256`). By key, not by
 * kind, so a new kind that attaches files is covered without a change here. Depth-bounded: a payload is data a
 * device sent.
 */
export function referencedFiles(payload: unknown, depth = 0): string[] {
  if (depth > 16 || payload === null || typeof payload !== 'object') return [];
  if (Array.isArray(payload)) return payload.flatMap((item) => referencedFiles(item, depth + 1));
  return Object.entries(payload).flatMap(([key, value]) =>
    (key === 'sha256' || key.endsWith('Sha256')) && typeof value === 'string' && SHA256.test(value)
      ? [value]
      : referencedFiles(value, depth + 1),
  );
}
