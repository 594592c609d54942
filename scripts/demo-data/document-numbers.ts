// Synthetic document and enforcement case numbers, unique per prefix (or court) and year: the serials are drawn
// upwards from a random start, and formatted as the city's are.
import { caseNumber as courtCaseNumber, documentNumber } from '../../platform/generate/synthetic/index.ts';
import { int } from './draws.ts';

const serials = new Map<string, number>();
/** A synthetic document number, unique per prefix and year: 平市监罚〔2025〕88号. */
export function docNumber(prefix: string, year: number): string {
  const key = `${prefix}${year}`;
  const next = (serials.get(key) ?? int(3, 40)) + int(1, 17);
  serials.set(key, next);
  return documentNumber(prefix, year, next);
}
const caseSerials = new Map<string, number>();
/** A synthetic enforcement case number: （2025）豫0402执1234号. */
export function caseNumber(courtCode: string, year: number): string {
  const key = `${courtCode}${year}`;
  const next = (caseSerials.get(key) ?? int(200, 900)) + int(7, 160);
  caseSerials.set(key, next);
  return courtCaseNumber(courtCode, year, next);
}
