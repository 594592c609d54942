import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CheckResult, StatusTag } from '../../../shared/domain/check';
import { statusTagLabels, subjectKindLabels } from '../../../shared/domain/labels';
import { regionName } from '../../../shared/domain/regions';
import type { Subject } from '../../../shared/domain/subject';
import { maskIdentifier } from '../../../shared/identifiers';
import { formatDateTime } from '../format';
import { statusTagTone } from '../../theme/tokens';
import { resultTexts } from './texts';
import { Field, FieldGrid } from '../fields/Field';
import { GradesPanel } from './GradesPanel';

/** Natural persons' ID numbers are masked on screen; a USCC is public. */
const shownIdentifier = (subject: Subject): string =>
  subject.kind === 'natural-person'
    ? maskIdentifier(subject.identifier, 'citizen-id')
    : maskIdentifier(subject.identifier, subject.identifierKind);

export const StatusTags = ({ tags }: { tags: readonly StatusTag[] }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    {tags.map((tag) => (
      <Chip
        key={tag}
        data-testid="status-tag"
        data-tag={tag}
        label={statusTagLabels[tag]}
        color={statusTagTone[tag]}
        variant={tag === 'active' ? 'outlined' : 'filled'}
      />
    ))}
  </Stack>
);

export const SubjectPanel = ({ result }: { result: CheckResult }) => {
  const texts = resultTexts.subject;
  const subject = result.subject;
  if (!result.found || subject === null) return <NoRecord result={result} />;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h2" component="h3" data-testid="subject-name">
          {subject.name}
        </Typography>
        <StatusTags tags={result.tags} />
      </Stack>
      <FieldGrid>
        <Field label={texts.identifier} testId="subject-identifier">
          {shownIdentifier(subject)}
        </Field>
        <Field label={texts.kind}>{subjectKindLabels[subject.kind]}</Field>
        <Field label={texts.region}>{regionName(subject.regionCode)}</Field>
        {result.grades === undefined && (
          <Field label={texts.grade} testId="subject-grade">
            {result.grade ?? texts.noGrade}
          </Field>
        )}
        {subject.legalRepresentative !== null && (
          <Field label={texts.legalRepresentative}>{subject.legalRepresentative}</Field>
        )}
      </FieldGrid>
      {result.grades !== undefined && <GradesPanel grades={result.grades} />}
    </Stack>
  );
};

const NoRecord = ({ result }: { result: CheckResult }) => {
  const asOf = result.freshness.cacheAsOf;
  return (
    <Stack spacing={0.5}>
      <Typography variant="h3" component="p" data-testid="no-record">
        {asOf === null ? resultTexts.noRecordNoCache : resultTexts.noRecord(formatDateTime(asOf))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {resultTexts.queried(maskIdentifier(result.query.normalized, result.query.kind))}
      </Typography>
      {result.nearMatches !== undefined && result.nearMatches.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="result-near-matches">
          {resultTexts.nearMatches(
            result.nearMatches.map((item) => `${item.name}（${item.identifierMasked}）`).join('；'),
          )}
        </Typography>
      )}
    </Stack>
  );
};
