// One generated credit record from its number: a subject of this run, a category that fits its kind, and a
// licence, penalty or other record that fits its sector, dated after its registration.
import {
  CATEGORY_WEIGHTS,
  COMMITMENT_DEPARTMENTS,
  COMMITMENT_TYPES,
  JUDICIAL_GROUNDS,
  type RecordCategory,
} from './record-categories';
import {
  addYears,
  caseNumber,
  CITY_MSA,
  dayOf,
  departmentOf,
  documentNumber,
  isoOfDay,
  LICENCES,
  PENALTIES,
  penaltyClassOf,
  prefixOf,
  rowDraw,
  streams,
  TAX_BUREAU,
  weighted,
  yearOf,
  type Draw,
  type LicenceTemplate,
  type PenaltyClass,
  type PenaltyTemplate,
  type SectorKey,
  type Weighted,
} from './synthetic';
import { AS_OF } from './scale';
import { subjectAt, type SubjectRange } from './subject-picker';
import { subjectId, type SubjectClass, type SubjectTraits } from './subject-row';
import { creditRecordBaseColumns } from '../registry/synced-columns';

// The base columns of a credit record (registry/synced-columns.ts), in order, then the classification a penalty
// carries; the value tuples below follow them.
export const CREDIT_RECORD_COLUMNS = [...creditRecordBaseColumns, 'severity', 'domain', 'procedure'] as const;

export type RecordStatus = 'published' | 'unpublished' | 'repaired';
export type CreditRecordValues = [
  string,
  string,
  RecordCategory,
  string,
  string,
  string,
  string | null,
  string,
  string | null,
  RecordStatus,
  PenaltyClass['severity'] | null,
  string | null,
  PenaltyClass['procedure'] | null,
];

const categories = new Map<SubjectClass, Weighted<RecordCategory>>(
  Object.entries(CATEGORY_WEIGHTS).map(([subjectClass, pairs]) => [
    subjectClass as SubjectClass,
    weighted(pairs),
  ]),
);

const bySector = <T extends { sectors: readonly SectorKey[] }>(
  templates: readonly T[],
): Map<SectorKey, T[]> => {
  const map = new Map<SectorKey, T[]>();
  templates.forEach((template) =>
    template.sectors.forEach((sector) => map.set(sector, [...(map.get(sector) ?? []), template])),
  );
  return map;
};
// The templates the city draws (those with sectors), in the order of the shared tables.
const CITY_LICENCES: readonly LicenceTemplate[] = Object.values(LICENCES).filter((t) => t.sectors.length > 0);
const CITY_PENALTIES: readonly PenaltyTemplate[] = Object.values(PENALTIES).filter(
  (t) => t.sectors.length > 0,
);
const licencesBySector = bySector(CITY_LICENCES);
const penaltiesBySector = bySector(CITY_PENALTIES);

const AS_OF_DAY = dayOf(AS_OF);
const HISTORY_DAYS = 8 * 365;

export const creditRecordId = (n: number): string => `g-r-${n}`;

/** Published until its end, then stopped; a share repaired (信用修复) before the end. */
function statusUntil(ends: string, draw: Draw, repairedShare: number): RecordStatus {
  if (ends <= AS_OF) return 'unpublished';
  return draw.chance(repairedShare) ? 'repaired' : 'published';
}

type Body = {
  title: string;
  content: string;
  department: string;
  number: string | null;
  ends: string | null;
  status: RecordStatus;
  /** A penalty's 失信程度, 领域 and 处罚程序 (penaltyClassOf); absent for other records. */
  penalty?: PenaltyClass & { domain: string };
};

function recordBody(
  category: RecordCategory,
  subject: SubjectTraits,
  decisionOn: string,
  draw: Draw,
  n: number,
): Body {
  const { region } = subject;
  const year = yearOf(decisionOn);
  const sector: SectorKey = subject.subjectClass === 'citizen' ? 'persons' : subject.sector;
  switch (category) {
    case 'license': {
      const template = draw.pick(licencesBySector.get(sector) ?? CITY_LICENCES);
      return {
        title: template.title,
        content: `准予行政许可：核发${template.certificate}；有效期至${addYears(decisionOn, 5)}。`,
        department: departmentOf(template, region),
        number: documentNumber(prefixOf(template, region), year, n),
        ends: null,
        status: 'published',
      };
    }
    case 'penalty': {
      const template = draw.pick(penaltiesBySector.get(sector) ?? CITY_PENALTIES);
      const ends = addYears(decisionOn, draw.int(1, 3));
      const sanction = draw.pick(template.sanctions);
      return {
        title: `行政处罚：${template.act}`,
        content: `违法行为：${template.act}。依据${template.law}，处罚内容：${sanction}。`,
        department: departmentOf(template, region),
        number: documentNumber(prefixOf(template, region), year, n),
        ends,
        status: statusUntil(ends, draw, 0.08),
        penalty: {
          ...penaltyClassOf(sanction, subject.subjectClass === 'citizen'),
          domain: template.domain,
        },
      };
    }
    case 'honor': {
      const enterprise = subject.subjectClass === '91' || subject.subjectClass === '93';
      return enterprise
        ? {
            title: '守合同重信用企业',
            content: `列入${year - 2}—${year - 1}年度守合同重信用企业公示名单。`,
            department: CITY_MSA,
            number: null,
            ends: null,
            status: 'published',
          }
        : {
            title: '平顶山市文明单位（示例）',
            content: '获评平顶山市文明单位（演示）。',
            department: '平顶山市精神文明建设委员会办公室',
            number: null,
            ends: null,
            status: 'published',
          };
    }
    case 'commitment': {
      const ends = addYears(decisionOn, 1);
      const fulfilled = draw.chance(0.95) ? '全部履行' : '部分履行';
      return {
        title: `信用承诺（${draw.pick(COMMITMENT_TYPES)}）`,
        content: `承诺所填报信息真实有效，如有虚假愿承担相应法律责任并接受失信惩戒；履行状态：${fulfilled}。`,
        department: draw.pick(COMMITMENT_DEPARTMENTS),
        number: null,
        ends,
        status: statusUntil(ends, draw, 0),
      };
    }
    case 'evaluation':
      return {
        title: `${year - 1}年度纳税信用等级评价`,
        content: `纳税信用等级：${draw.pick(['A', 'B', 'B', 'M', 'C', 'D'])}级（评价年度${year - 1}年）。`,
        department: TAX_BUREAU,
        number: null,
        ends: null,
        status: 'published',
      };
    case 'judicial': {
      const number = caseNumber(region.courtCode, year, n);
      const ends = addYears(decisionOn, 2);
      return {
        title: '失信被执行人信息',
        content: `执行案号${number}；执行法院${region.court}；失信情形：${draw.pick(JUDICIAL_GROUNDS)}；生效法律文书确定的义务：给付人民币${draw.int(1, 500) * 1000}元。`,
        department: region.court,
        number,
        ends,
        status: statusUntil(ends, draw, 0),
      };
    }
    default:
      return otherBody(subject, year);
  }
}

function otherBody(subject: SubjectTraits, year: number): Body {
  if (subject.subjectClass === '12') {
    return {
      title: '事业单位法人年度报告公示',
      content: '事业单位法人年度报告公示：合格（演示）。',
      department: '平顶山市机构编制委员会办公室',
      number: null,
      ends: null,
      status: 'published',
    };
  }
  if (subject.subjectClass === '52') {
    return {
      title: '社会组织年度检查',
      content: '年度检查结论：合格（演示）。',
      department: '平顶山市民政局',
      number: null,
      ends: null,
      status: 'published',
    };
  }
  return {
    title: `${year - 1}年度报告公示`,
    content: `已按期公示${year - 1}年度报告。`,
    department: subject.region.marketRegulator,
    number: null,
    ends: null,
    status: 'published',
  };
}

/**
 * Record n. `nextFraction` turns the record's first draw into its place among the subjects (ascendingUniforms in
 * generate-city, so records come in subject order; any uniform map works for a single record).
 */
export function creditRecordValues(
  range: SubjectRange,
  n: number,
  nextFraction: (uniform: number) => number,
): CreditRecordValues {
  const draw = rowDraw(range.seed, streams.creditRecord, n);
  const subject = subjectAt(range, nextFraction(draw.next()));
  const table = categories.get(subject.subjectClass);
  if (table === undefined) throw new Error(`no record categories for ${subject.subjectClass}`);
  const category = draw.pickWeighted(table);
  const registered = subject.registeredOn === null ? -Infinity : dayOf(subject.registeredOn) + 1;
  const earliest = Math.max(registered, AS_OF_DAY - HISTORY_DAYS);
  const decisionOn = isoOfDay(draw.int(earliest, AS_OF_DAY));
  const body = recordBody(category, subject, decisionOn, draw, n);
  return [
    creditRecordId(n),
    subjectId(subject.n),
    category,
    body.title,
    body.content,
    body.department,
    body.number,
    decisionOn,
    body.ends,
    body.status,
    body.penalty?.severity ?? null,
    body.penalty?.domain ?? null,
    body.penalty?.procedure ?? null,
  ];
}
