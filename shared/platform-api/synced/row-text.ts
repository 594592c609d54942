/** A row as SQLite or the feed hands it over, before it is mapped (./commitments.ts, ./repair-applications.ts). */
export type Row = Readonly<Record<string, unknown>>;

/** JSON and text columns: anything but a string is malformed and fails the domain schema's parse after. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
