// Synthetic document and enforcement case numbers, unique per prefix (or court) and year.
import { int } from './random.ts';

const serials = new Map<string, number>();
/** A synthetic document number, unique per prefix and year: 平市监罚〔2025〕88号. */
export function docNumber(prefix: string, year: number): string {
  const key = `${prefix}${year}`;
  const next = (serials.get(key) ?? int(3, 40)) + int(1, 17);
  serials.set(key, next);
  return `${prefix}〔${year}〕${next}号`;
}
const caseSerials = new Map<string, number>();
/** A synthetic enforcement case number: （2025）豫0402执1234号. */
export function caseNumber(courtCode: string, year: number): string {
  const key = `${courtCode}${year}`;
  const next = (caseSerials.get(key) ?? int(200, 900)) + int(7, 160);
  caseSerials.set(key, next);
  return `（${year}）${courtCode}执${next}号`;
}
