import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CheckResult } from '../../../shared/domain/check';
import { formatDateTime } from '../format';
import { resultTexts } from './texts';
import { CommitmentRouteNotice } from './CommitmentRouteNotice';
import { FreshnessNotice } from './FreshnessNotice';
import { HitCard } from './HitCard';
import { RecheckNotice } from './RecheckNotice';
import { RecordsTable } from './RecordsTable';
import { RelatedNotice } from './RelatedNotice';
import { SubjectPanel } from './SubjectPanel';
import { VerdictBanner } from './VerdictBanner';

/**
 * A check result exactly as stored: the same component shows a fresh check and the evidence snapshot of an old
 * one, and it never edits anything.
 */
export const ResultCard = ({
  result,
  answeredHits = new Set<string>(),
  commitmentAction = false,
}: {
  result: CheckResult;
  /** Hits whose feedback is recorded (here or, for a re-check, before): shown as 已反馈 instead of 需反馈. */
  answeredHits?: ReadonlySet<string>;
  /** Offer 按告知承诺办理 when the route is open (a fresh check, not an old snapshot). */
  commitmentAction?: boolean;
}) => {
  const meta = resultTexts.meta;
  const { context } = result;
  const carried = new Set(result.recheckOf?.carriedHitKeys ?? []);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="result-card" data-check-id={result.checkId}>
      <Stack spacing={1.5}>
        <Typography variant="caption" color="text.secondary" component="div" data-testid="result-meta">
          {[
            `${meta.caseNumber}：${context.caseNumber}`,
            `${meta.matter}：${context.matter.name}（${context.matter.code}）`,
            `${meta.checkedAt}：${formatDateTime(result.checkedAt)}`,
            `${meta.operator}：${result.operator}`,
            `${meta.checkId}：${result.checkId}`,
          ].join('　')}
          {context.note !== null && context.note !== '' && (
            <>
              <br />
              {`${meta.note}：${context.note}`}
            </>
          )}
        </Typography>
        <FreshnessNotice freshness={result.freshness} />
        <RecheckNotice result={result} />
        <VerdictBanner verdict={result.verdict} />
        <RelatedNotice result={result} />
        <CommitmentRouteNotice result={result} action={commitmentAction} />
        {result.query.overrideReason !== null && (
          <Alert severity="warning" data-testid="override-note">
            {resultTexts.overridden(result.query.overrideReason)}
          </Alert>
        )}
        <SubjectPanel result={result} />
        {result.found && (
          <>
            <Divider />
            <Typography variant="h3" component="h3">
              {resultTexts.hits.title(result.hits.length)}
            </Typography>
            {result.hits.length === 0 ? (
              <Typography variant="body2" color="text.secondary" data-testid="no-hits">
                {resultTexts.hits.none}
              </Typography>
            ) : (
              result.hits.map((hit) => (
                <HitCard
                  key={hit.key}
                  hit={hit}
                  answered={answeredHits.has(hit.key) || carried.has(hit.key)}
                  subject={result.subject}
                  checkId={result.checkId}
                />
              ))
            )}
            {result.records.length > 0 && (
              <>
                <Typography variant="h3" component="h3">
                  {resultTexts.records.title(result.records.length)}
                </Typography>
                <RecordsTable
                  records={result.records}
                  subject={result.subject}
                  caseNumber={context.caseNumber}
                  checkId={result.checkId}
                />
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
};
