// Zero-padded numbers, and the synthetic document and case numbers of published decisions.

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A decision's document number: 平市监罚〔2025〕88号. */
export const documentNumber = (prefix: string, year: number, serial: number): string =>
  `${prefix}〔${year}〕${serial}号`;

/** An enforcement case number of a court: （2025）豫0402执1234号. */
export const caseNumber = (courtCode: string, year: number, serial: number): string =>
  `（${year}）${courtCode}执${serial}号`;
