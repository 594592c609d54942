import type { CheckResult } from '../../../shared/domain/check';
import {
  externalQueryOutcomeLabels,
  recordCategoryLabels,
  recordStatusLabelOf,
} from '../../../shared/domain/labels';
import type { ExternalQueryRecord } from '../../../shared/domain/check';
import { gradeResultText } from '../../../shared/grades/current';
import { formatBeijing } from '../../../shared/time';
import { resultTexts } from '../check-result/texts';
import { DataTable, Plain, SubTitle } from './sheet-parts';
import { sheetTexts } from './texts';

const texts = sheetTexts.evidence;
const empty = sheetTexts.empty;
const hitTexts = resultTexts.hits;
const recordTexts = resultTexts.records;

const Grades = ({ result }: { result: CheckResult }) => {
  if (result.grades === undefined)
    return <Plain>{`${resultTexts.subject.grade}：${result.grade ?? resultTexts.subject.noGrade}`}</Plain>;
  if (result.grades.length === 0) return <Plain>{texts.noGrades}</Plain>;
  return result.grades.map((grade) => (
    <Plain key={grade.scheme} testId="sheet-grade">
      {`${grade.schemeName}：${gradeResultText(grade)}（${grade.evaluator}，${grade.evaluatedOn}）。${grade.implication.text}`}
    </Plain>
  ));
};

const Hits = ({ result }: { result: CheckResult }) =>
  result.hits.length === 0 ? (
    <Plain testId="sheet-no-hits">{texts.noHits}</Plain>
  ) : (
    <DataTable
      testId="sheet-hits"
      columns={[
        { label: texts.list, width: '30mm' },
        { label: hitTexts.listingUnit, width: '28mm' },
        { label: hitTexts.listedOn, width: '21mm', nowrap: true },
        { label: hitTexts.expiresOn, width: '21mm', nowrap: true },
        { label: hitTexts.reason },
        { label: texts.measures },
      ]}
      rows={result.hits.map((hit) => {
        const measures = [...hit.punishments, ...hit.incentives].map((measure) => measure.name);
        return [
          hit.listType.name,
          hit.entry.listingUnit || empty,
          hit.entry.listedOn,
          hit.entry.expiresOn ?? empty,
          hit.entry.reason || empty,
          measures.length === 0 ? texts.noMeasures : measures.join('；'),
        ];
      })}
    />
  );

const Records = ({ result }: { result: CheckResult }) =>
  result.records.length === 0 ? (
    <Plain>{texts.noRecords}</Plain>
  ) : (
    <DataTable
      testId="sheet-records"
      columns={[
        { label: recordTexts.category, width: '18mm', nowrap: true },
        { label: recordTexts.recordTitle },
        { label: recordTexts.department, width: '32mm' },
        { label: recordTexts.decisionOn, width: '21mm', nowrap: true },
        { label: recordTexts.status, width: '20mm', nowrap: true },
      ]}
      rows={result.records.map((record) => [
        recordCategoryLabels[record.category],
        record.title,
        record.sourceDepartment,
        record.decisionOn,
        recordStatusLabelOf(record),
      ])}
    />
  );

/**
 * What the check saw: the subject's grades (notices only), the list entries it hit with this matter's measures,
 * the public credit records, related parties and any external query attached to it.
 */
export const SheetEvidence = ({
  result,
  externalQueries,
}: {
  result: CheckResult;
  externalQueries: readonly ExternalQueryRecord[];
}) => (
  <>
    {result.found && (
      <>
        <SubTitle>{texts.grades}</SubTitle>
        <Grades result={result} />
        <SubTitle>{texts.hits}</SubTitle>
        <Hits result={result} />
        <SubTitle>{texts.records}</SubTitle>
        <Records result={result} />
      </>
    )}
    {(result.related ?? []).length > 0 && <SubTitle>{texts.related}</SubTitle>}
    {(result.related ?? []).map((party) => (
      <Plain key={party.subjectId}>
        {`${resultTexts.related.title(party.name, party.identifierMasked)}：${party.listings
          .map(({ entry, listType }) =>
            resultTexts.related.listing(listType.name, entry.listingUnit, entry.listedOn),
          )
          .join(
            '；',
          )}。${party.affectsVerdict ? resultTexts.related.affectsVerdict : resultTexts.related.notice}`}
      </Plain>
    ))}
    {externalQueries.length > 0 && <SubTitle>{texts.externalQueries}</SubTitle>}
    {externalQueries.map((query) => (
      <Plain key={query.id} testId="sheet-external-query">
        {texts.externalQuery(
          query.channel,
          formatBeijing(query.queriedAt),
          externalQueryOutcomeLabels[query.outcome],
        )}
        {query.summary !== '' && `。${query.summary}`}
      </Plain>
    ))}
  </>
);
