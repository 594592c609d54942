import { createHash, randomBytes, randomInt } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** 256 random bits: long enough that a plain sha256 of it is a safe thing to store. */
export const newDeviceToken = (): string => randomBytes(32).toString('base64url');

// No 0/O, 1/I/L: the code is read aloud or copied by hand at a county office.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_GROUPS = 3;
const CODE_GROUP_LENGTH = 4;

/** A one-time enrolment code such as `K7PM-3XQ9-HT2W` (about 59 random bits). */
export function newEnrolmentCode(): string {
  const groups = Array.from({ length: CODE_GROUPS }, () =>
    Array.from({ length: CODE_GROUP_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Case, spaces and dashes do not matter when a person types the code back. */
export const enrolmentCodeHash = (code: string): string =>
  sha256Hex(code.toUpperCase().replace(/[\s-]/g, ''));
