// Small text formatting helpers.

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
