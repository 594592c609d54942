import type { CheckResult } from '../../../shared/domain/check';
import { statusTagLabels, subjectKindLabels } from '../../../shared/domain/labels';
import { regionName } from '../../../shared/domain/regions';
import { maskIdentifier } from '../../../shared/identifiers';
import { resultTexts } from '../check-result/texts';
import { FieldRow, FieldTable } from './sheet-parts';
import { sheetTexts } from './texts';

const texts = sheetTexts.subject;
const labels = resultTexts.subject;

/**
 * The applicant as the check found them. Identifiers are masked as on screen (a natural person's ID number, and
 * what was typed when nothing was found): the sheet goes into a case file many people read.
 */
export const SheetSubject = ({ result }: { result: CheckResult }) => {
  const { subject } = result;
  return (
    <FieldTable>
      {subject === null || !result.found ? (
        <>
          <FieldRow label={labels.name} testId="sheet-subject">
            {texts.notFound}
          </FieldRow>
          <FieldRow label={texts.queried}>
            {maskIdentifier(result.query.normalized, result.query.kind)}
          </FieldRow>
        </>
      ) : (
        <>
          <FieldRow label={labels.name} testId="sheet-subject">
            {subject.name}
          </FieldRow>
          <FieldRow label={labels.kind}>{subjectKindLabels[subject.kind]}</FieldRow>
          <FieldRow label={labels.identifier}>
            {maskIdentifier(
              subject.identifier,
              subject.kind === 'natural-person' ? 'citizen-id' : subject.identifierKind,
            )}
          </FieldRow>
          <FieldRow label={labels.region}>{regionName(subject.regionCode)}</FieldRow>
          {result.tags.length > 0 && (
            <FieldRow label={labels.tags}>
              {result.tags.map((tag) => statusTagLabels[tag]).join('、')}
            </FieldRow>
          )}
          {subject.legalRepresentative !== null && (
            <FieldRow label={labels.legalRepresentative}>{subject.legalRepresentative}</FieldRow>
          )}
        </>
      )}
      {result.query.overrideReason !== null && (
        <FieldRow label={texts.overridden}>{result.query.overrideReason}</FieldRow>
      )}
    </FieldTable>
  );
};
