// One generated subject from its number. The traits (kind, region, registration date, sector) come first in
// the row's draw stream, so list entries and records can recompute them cheaply without the rest of the row.
import { AS_OF, GENERATED_AT } from './scale';
import {
  addressOf,
  birthRegions,
  CITY_NAMES,
  dayOf,
  type Draw,
  generatedCitizenId,
  generatedUscc,
  isModern,
  isoOfDay,
  organisationRegions,
  personName,
  type Region,
  type Sector,
  roadSection,
  rowDraw,
  shopRegions,
  streams,
  tradeName,
  type UsccClass,
  weighted,
} from './synthetic';
import {
  COMPANY_FORMS,
  COOPERATIVE_WORDS,
  INDUSTRIES,
  INSTITUTION_WORDS,
  SHOPS,
  SOCIAL_ORG_WORDS,
} from './industries';
import { syncedColumns } from '../registry/synced-columns';

export type SubjectClass = UsccClass | 'citizen';
export type SubjectKind = 'legal-person' | 'individual-business' | 'natural-person';

// ~3% natural persons and ~15% individual businesses ('92'); the rest are organisations, mostly enterprises.
const classes = weighted<SubjectClass>([
  ['91', 79],
  ['92', 15],
  ['citizen', 3],
  ['93', 1.5],
  ['12', 1],
  ['52', 0.5],
]);

const kindOf = (subjectClass: SubjectClass): SubjectKind =>
  subjectClass === 'citizen'
    ? 'natural-person'
    : subjectClass === '92'
      ? 'individual-business'
      : 'legal-person';

export const subjectId = (n: number): string => `g-s-${n}`;

export type SubjectTraits = {
  n: number;
  subjectClass: SubjectClass;
  kind: SubjectKind;
  region: Region;
  /** null for natural persons. */
  registeredOn: string | null;
  sector: Sector;
  /** The industry or shop word of the name ('' for natural persons and public bodies). */
  trade: string;
};

const FIRST_REGISTRATION = dayOf('1995-01-01');
const LAST_REGISTRATION = dayOf(AS_OF) - 30;

function drawTraits(draw: Draw, n: number): SubjectTraits {
  const subjectClass = draw.pickWeighted(classes);
  const kind = kindOf(subjectClass);
  const region =
    subjectClass === 'citizen'
      ? draw.pickWeighted(birthRegions)
      : draw.pickWeighted(subjectClass === '92' ? shopRegions : organisationRegions);
  // sqrt skews registrations towards recent years, as market entities have grown every year.
  const span = LAST_REGISTRATION - FIRST_REGISTRATION;
  const registeredOn =
    subjectClass === 'citizen'
      ? null
      : isoOfDay(FIRST_REGISTRATION + Math.floor(Math.sqrt(draw.next()) * span));
  const industry =
    subjectClass === '91' ? draw.pick(INDUSTRIES) : subjectClass === '92' ? draw.pick(SHOPS) : null;
  const sector: Sector = industry?.sector ?? (subjectClass === '93' ? 'food' : 'services');
  return { n, subjectClass, kind, region, registeredOn, sector, trade: industry?.word ?? '' };
}

export const subjectTraits = (seed: number, n: number): SubjectTraits =>
  drawTraits(rowDraw(seed, streams.subject, n), n);

/** Values in the column order of SUBJECT_COLUMNS. */
export type SubjectValues = [
  string,
  string,
  string,
  'uscc' | 'citizen-id',
  SubjectKind,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  'active' | 'deregistered' | 'revoked',
  string | null,
  string,
];

// The platform's column order (registry/synced-columns.ts); the value tuples below follow it.
export const SUBJECT_COLUMNS = syncedColumns.subjects;

const organisationStatus = weighted<SubjectValues[10]>([
  ['active', 92],
  ['deregistered', 6],
  ['revoked', 2],
]);
const shopStatus = weighted<SubjectValues[10]>([
  ['active', 90],
  ['deregistered', 9],
  ['revoked', 1],
]);
function organisationName(draw: Draw, traits: SubjectTraits, representative: string): string {
  const { region, subjectClass } = traits;
  switch (subjectClass) {
    case '91':
      return `${region.companyPrefix}${tradeName(draw, CITY_NAMES)}${traits.trade}${draw.pick(COMPANY_FORMS)}`;
    case '92':
      // Shops are named after the owner (the operator, shown as representative) about as often as not.
      return `${region.shopPrefix}${draw.chance(0.5) ? tradeName(draw, CITY_NAMES) : representative}${traits.trade}`;
    case '93':
      return `${region.shopPrefix}${tradeName(draw, CITY_NAMES)}${draw.pick(COOPERATIVE_WORDS)}`;
    case '12':
      // Public bodies carry “（示例）” so a generated name is never mistaken for a real institution.
      return `${region.companyPrefix}${tradeName(draw, CITY_NAMES)}${draw.pick(INSTITUTION_WORDS)}（示例）`;
    default:
      return `${region.companyPrefix}${tradeName(draw, CITY_NAMES)}${draw.pick(SOCIAL_ORG_WORDS)}`;
  }
}

export function subjectValues(seed: number, n: number): SubjectValues {
  const draw = rowDraw(seed, streams.subject, n);
  const traits = drawTraits(draw, n);
  const { region, subjectClass, registeredOn } = traits;
  if (subjectClass === 'citizen') {
    const { id, male } = generatedCitizenId(region.code, n);
    return [
      subjectId(n),
      personName(draw, CITY_NAMES, male),
      id,
      'citizen-id',
      'natural-person',
      region.code,
      null,
      null,
      null,
      null,
      'active',
      null,
      GENERATED_AT,
    ];
  }
  const representative = personName(draw, CITY_NAMES);
  const name = organisationName(draw, traits, representative);
  const section = roadSection(draw, 0.25);
  return [
    subjectId(n),
    name,
    generatedUscc(subjectClass, region.code, isModern(registeredOn), n),
    'uscc',
    traits.kind,
    region.code,
    representative,
    // The generated registry does not record representatives' ID numbers (the demo data set does, for a few).
    null,
    registeredOn,
    addressOf(region, draw.pick(CITY_NAMES.roads), section, draw.int(1, 399)),
    draw.pickWeighted(subjectClass === '92' ? shopStatus : organisationStatus),
    // subjects.grade is retired: grade results are rows of subject_grades (grade-row.ts).
    null,
    GENERATED_AT,
  ];
}
