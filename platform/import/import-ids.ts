// Ids of what an import writes, derived from the data so that importing the same file twice writes the same rows
// (and the second time nothing at all), never from a counter or the clock.
import { sha256Hex } from '../access/secrets';

const digest = (text: string): string => sha256Hex(text).slice(0, 16);

/**
 * A record is its decision number at the department that reported it. A newline separates the two so that
 * ("A1", "B") and ("A", "1B") cannot meet.
 */
export const importedRecordId = (decisionNumber: string, department: string): string =>
  `imp-${digest(`${decisionNumber}\n${department}`)}`;

/** A subject the platform did not know, by its (normalised) identifier. */
export const importedSubjectId = (identifier: string): string => `imp-s-${digest(identifier)}`;
