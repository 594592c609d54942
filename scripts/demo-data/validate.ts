// Self-checks (the zod schemas are checked by resources/demo/demo-data.test.ts)
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from '../../shared/identifiers/check-chars.ts';
import { AS_OF } from './config.ts';
import { grades, legacySubjects, listEntries, records, subjects } from './data-set.ts';
import { isValidDay } from '../../shared/calendar/day.ts';
import { UNKNOWN_USCC, usedIdentifiers } from './identifiers.ts';

export function selfCheck(): void {
  const problems: string[] = [];
  const legacyIds = new Set(legacySubjects.map((s) => s.identifier));
  const ids = new Set<string>();
  for (const s of subjects) {
    if (ids.has(s.id)) problems.push(`duplicate id ${s.id}`);
    ids.add(s.id);
    if (s.identifierKind === 'uscc') {
      const orgOk = orgCodeCheckChar(s.identifier.slice(8, 16)) === s.identifier.charAt(16);
      const usccOk = usccCheckChar(s.identifier.slice(0, 17)) === s.identifier.charAt(17);
      if (!orgOk) problems.push(`${s.id}: org-code check fails`);
      if (usccOk === legacyIds.has(s.identifier))
        problems.push(`${s.id}: USCC check ${usccOk ? 'passes' : 'fails'}`);
      if (s.identifier.slice(2, 8) !== s.regionCode) problems.push(`${s.id}: region mismatch`);
    } else if (citizenIdCheckChar(s.identifier.slice(0, 17)) !== s.identifier.charAt(17)) {
      problems.push(`${s.id}: citizen-id check fails`);
    }
    if (s.registeredOn !== null && (!isValidDay(s.registeredOn) || s.registeredOn > AS_OF)) {
      problems.push(`${s.id}: bad registeredOn`);
    }
  }
  const dates = (label: string, values: (string | null)[], mayBeFuture: boolean[]): void => {
    values.forEach((value, i) => {
      if (value === null) return;
      if (!isValidDay(value)) problems.push(`${label}: ${value} is not a date`);
      else if (!mayBeFuture[i] && value > AS_OF) problems.push(`${label}: ${value} is after ${AS_OF}`);
    });
  };
  for (const e of listEntries) {
    if (!ids.has(e.subjectId)) problems.push(`${e.id}: unknown subject`);
    dates(e.id, [e.listedOn, e.expiresOn, e.removedOn], [false, true, false]);
    if (e.status === 'active' && e.expiresOn !== null && e.expiresOn <= AS_OF)
      problems.push(`${e.id}: expired`);
    if (e.removedOn !== null && e.removedOn < e.listedOn) problems.push(`${e.id}: removed before listed`);
    const subject = subjects.find((s) => s.id === e.subjectId);
    if (subject?.kind === 'natural-person' && e.listType !== 'DISHONEST_JUDGMENT_DEBTOR') {
      problems.push(`${e.id}: natural person on ${e.listType}`);
    }
  }
  for (const r of records) {
    if (!ids.has(r.subjectId)) problems.push(`${r.id}: unknown subject`);
    dates(r.id, [r.decisionOn, r.publicationEndsOn], [false, true]);
  }
  for (const g of grades) {
    const subject = subjects.find((s) => s.id === g.subjectId);
    if (subject === undefined) problems.push(`${g.id}: unknown subject`);
    else if (subject.kind === 'natural-person') problems.push(`${g.id}: a natural person graded`);
    dates(g.id, [g.evaluatedOn, g.validUntil], [false, true]);
    if (g.validUntil !== null && g.validUntil < g.evaluatedOn)
      problems.push(`${g.id}: valid before evaluated`);
  }
  if (usedIdentifiers.size !== subjects.length) problems.push('identifier collision');
  if (subjects.some((s) => s.identifier === UNKNOWN_USCC)) problems.push('unknown USCC is in the data set');
  if (problems.length > 0) throw new Error(`demo data is inconsistent:\n${problems.join('\n')}`);
}
