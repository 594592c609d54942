// One generated list entry from its number: a subject of this run, a list type it can be on, dates that fit
// its registration and the list's term.
import { genericTemplate, LIST_TEMPLATES, type ListTemplate, type ListTypeRow } from './list-templates';
import { addYears, dayOf, isoOfDay, rowDraw, streams, weighted, yearOf, type Weighted } from './synthetic';
import { AS_OF } from './scale';
import { pickSubject, type SubjectRange } from './subject-picker';
import { subjectId, type SubjectClass } from './subject-row';
import { syncedColumns } from '../registry/synced-columns';

// The platform's column order (registry/synced-columns.ts); the value tuples below follow it.
export const LIST_ENTRY_COLUMNS = syncedColumns.list_entries;

export type ListEntryValues = [
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  'active' | 'removed',
];

type Choice = { code: string; template: ListTemplate };
export type ListChoices = ReadonlyMap<SubjectClass, Weighted<Choice>>;

const CLASSES: readonly SubjectClass[] = ['91', '92', '93', '12', '52', 'citizen'];

/** Per subject class, the list types it may be on, weighted; a class with none is absent. */
export function listChoices(types: readonly ListTypeRow[]): ListChoices {
  const choices = new Map<SubjectClass, Weighted<Choice>>();
  for (const subjectClass of CLASSES) {
    const fitting = types
      .map((type) => ({ code: type.code, template: LIST_TEMPLATES[type.code] ?? genericTemplate(type) }))
      .filter((choice) => choice.template.classes.includes(subjectClass));
    if (fitting.length > 0) {
      choices.set(subjectClass, weighted(fitting.map((choice) => [choice, choice.template.weight] as const)));
    }
  }
  return choices;
}

const AS_OF_DAY = dayOf(AS_OF);
const YEAR_DAYS = 365;

export const listEntryId = (n: number): string => `g-l-${n}`;

export function listEntryValues(range: SubjectRange, choices: ListChoices, n: number): ListEntryValues {
  const draw = rowDraw(range.seed, streams.listEntry, n);
  let subject = pickSubject(range, draw);
  let table = choices.get(subject.subjectClass);
  // A class no list fits (a catalogue without serious lists has none for natural persons): pick another.
  for (let attempt = 0; table === undefined; attempt += 1) {
    if (attempt > 1000) throw new Error('no subject of this run fits any list type');
    subject = pickSubject(range, draw);
    table = choices.get(subject.subjectClass);
  }
  const { code, template } = draw.pickWeighted(table);

  // Listed within one and a half terms (so about a third of the termed entries have run out), or six years.
  const window =
    template.termYears === null ? 6 * YEAR_DAYS : Math.ceil(template.termYears[1] * YEAR_DAYS * 1.5);
  const registered = subject.registeredOn === null ? -Infinity : dayOf(subject.registeredOn) + 30;
  const earliest = Math.max(registered, AS_OF_DAY - window);
  const listedDay = draw.int(earliest, AS_OF_DAY);
  const listedOn = isoOfDay(listedDay);
  const expiresOn =
    template.termYears === null
      ? null
      : addYears(listedOn, draw.int(template.termYears[0], template.termYears[1]));

  let removedOn: string | null = null;
  if (expiresOn !== null && expiresOn <= AS_OF) removedOn = expiresOn;
  else if (draw.chance(template.removedShare)) {
    removedOn = isoOfDay(draw.int(listedDay, AS_OF_DAY));
  }
  const year = yearOf(listedOn);
  return [
    listEntryId(n),
    subjectId(subject.n),
    code,
    listedOn,
    template.listingUnit(subject.region),
    draw.pick(template.reasons),
    template.documentNumber === null ? null : template.documentNumber(subject.region, year, n),
    expiresOn,
    removedOn,
    removedOn === null ? 'active' : 'removed',
  ];
}
