import type { Day } from '../../../shared/calendar/day';
import type { InspectionPool, InspectionScope, PoolSubject } from '../../../shared/domain/inspection';
import { riskClasses, riskClassScheme } from '../../../shared/grades/current';
import { regions } from '../../../shared/domain/regions';
import { maskIdentifier } from '../../../shared/identifiers';
import { err, ok, type Result } from '../../../shared/result';
import { drawCount, ratioRange, UNGRADED } from '../../../shared/sampling/ratios';
import { eligibleInspectors, regionCovers } from '../../../shared/sampling/roster';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import { getMatter } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import { licenceHolderGrades, licenceHolders } from './inspections.repo';
import { inspectionMessages } from './texts';

/** Each subject gets this many inspectors (双随机: at least two law-enforcement officers per inspection). */
export const INSPECTORS_PER_SUBJECT = 2;

/**
 * The candidates of a region and matter, by grade, with the inspectors each may get. Subjects: 存续, registered in
 * the region (a district, or every district under the city code), holding a 行政许可 record titled with the
 * matter's name. Inspectors: roster entries whose regions cover the subject's and whose matter categories include
 * the matter's category. Grade: the subject's 市场监管 risk class in force on `day` (the grade policy's risk-class
 * scheme), never a 公共信用综合评价 or an industry grade; a subject without one is drawn as ungraded.
 */
export function buildPool(db: Db, rules: RuleSet, scope: InspectionScope, day: Day): Result<InspectionPool> {
  const region = regions.find((candidate) => candidate.code === scope.regionCode);
  if (region === undefined)
    return err('INSPECTION_INVALID', inspectionMessages.regionUnknown(scope.regionCode));
  const matter = getMatter(db, scope.matterCode);
  if (matter === null) return err('MATTER_UNKNOWN', inspectionMessages.matterUnknown(scope.matterCode));
  const roster = rules.inspectorRoster;
  const ratios = rules.inspectionRatios;
  const used = new Map<string, InspectionPool['inspectors'][number]>();
  const policy = rules.gradePolicy;
  const riskClass = riskClasses(policy, licenceHolderGrades(db, matter.name, riskClassScheme(policy)), day);
  const subjects: PoolSubject[] = licenceHolders(db, matter.name)
    .filter((row) => regionCovers(scope.regionCode, row.region_code))
    .map((row) => {
      const eligible = eligibleInspectors(roster, row.region_code, matter.category);
      for (const inspector of eligible) {
        const { id, name, badge, department } = inspector;
        used.set(id, { id, name, badge, department });
      }
      const personal = row.kind === 'natural-person' || row.identifier_kind === 'citizen-id';
      return {
        id: row.id,
        name: row.name,
        identifierMasked: maskIdentifier(row.identifier, personal ? 'citizen-id' : row.identifier_kind),
        kind: row.kind,
        regionCode: row.region_code,
        grade: riskClass.get(row.id) ?? null,
        inspectorIds: eligible.map((inspector) => inspector.id).sort(),
      };
    });
  const known = new Set(ratios.grades.map((entry) => entry.grade));
  const grades = ratios.grades.map((entry) => {
    const population = subjects.filter(
      (subject) =>
        (subject.grade !== null && known.has(subject.grade) ? subject.grade : UNGRADED) === entry.grade,
    ).length;
    const range = ratioRange(entry.ratio);
    return {
      grade: entry.grade,
      label: entry.label,
      population,
      ...range,
      expected: drawCount(population, range.max),
    };
  });
  const short = subjects.filter((subject) => subject.inspectorIds.length < INSPECTORS_PER_SUBJECT);
  const problems =
    short.length === 0
      ? []
      : [
          inspectionMessages.inspectorsShort(
            short.length,
            short
              .slice(0, 5)
              .map((s) => s.name)
              .join('、'),
          ),
        ];
  const sources = rules.sources;
  return ok({
    regionCode: region.code,
    regionName: region.name,
    matterCode: matter.code,
    matterName: matter.name,
    matterCategory: matter.category,
    grades,
    subjects,
    inspectors: [...used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ratiosVersion: ratios.version,
    ratiosConfirmed: ratios.confirmed,
    rosterVersion: roster.version,
    rosterDemo: roster.demo,
    ratiosSource: sources['inspection-ratios'],
    rosterSource: sources['inspector-roster'],
    problems,
  });
}
