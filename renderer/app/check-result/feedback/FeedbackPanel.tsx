import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { CheckDetail, FeedbackState } from '../../../../shared/domain/check';
import { useAppInfo } from '../../app-info';
import { useRouter } from '../../router';
import { feedbackTexts } from './texts';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackRecordView } from './FeedbackRecordView';

export const openCount = (state: FeedbackState): number => Math.max(0, state.required - state.recorded);

/** 待反馈 N 项 / 反馈已完成 / 无需反馈 */
export const FeedbackStateChip = ({ state }: { state: FeedbackState }) => {
  const open = openCount(state);
  const label = state.open
    ? feedbackTexts.stateOpen(open)
    : state.required === 0
      ? feedbackTexts.stateNone
      : feedbackTexts.stateDone;
  const color = state.open ? 'warning' : state.required === 0 ? 'default' : 'success';
  return (
    <Chip
      data-testid="feedback-state"
      data-open={state.open ? 'true' : 'false'}
      label={label}
      color={color}
    />
  );
};

type Props = { detail: CheckDetail; onDetail: (detail: CheckDetail) => void };

/**
 * Feedback for a check: each actionable hit either has its records (反馈已记录) or its form. The check stays
 * open (待反馈) until every actionable hit has feedback.
 */
export const FeedbackPanel = ({ detail, onDetail }: Props) => {
  const settingsLoaded = useAppInfo().data !== undefined;
  const navigate = useRouter((state) => state.navigate);
  const { result, feedback, feedbackState, standing } = detail;
  const carried = new Set(result.recheckOf?.carriedHitKeys ?? []);
  const measureNames = useMemo(
    () =>
      new Map(
        result.hits.flatMap((hit) =>
          [...hit.punishments, ...hit.incentives, ...hit.notApplicable].map(
            (measure) => [measure.code, measure.name] as const,
          ),
        ),
      ),
    [result],
  );
  const actionable = result.hits.filter((hit) => hit.actionable);
  const hitKeys = new Set(actionable.map((hit) => hit.key));
  const orphans = feedback.filter((record) => !hitKeys.has(record.hitKey));
  if (actionable.length === 0 && feedback.length === 0) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="feedback-panel">
        <Typography variant="h3" component="h3">
          {feedbackTexts.title}
        </Typography>
        <FeedbackStateChip state={feedbackState} />
      </Stack>
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="feedback-panel">
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h3" component="h3">
            {feedbackTexts.title}
          </Typography>
          <FeedbackStateChip state={feedbackState} />
        </Stack>
        {standing.supersededBy !== null && (
          <Alert
            severity="info"
            data-testid="check-superseded"
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  if (standing.supersededBy !== null)
                    navigate({ page: 'record', checkId: standing.supersededBy });
                }}
              >
                {feedbackTexts.openLatest}
              </Button>
            }
          >
            {feedbackTexts.superseded}
          </Alert>
        )}
        {actionable.map((hit) => {
          const records = feedback.filter((record) => record.hitKey === hit.key);
          if (records.length === 0 && carried.has(hit.key))
            return (
              <Alert key={hit.key} severity="success" data-testid="feedback-carried" data-hit-key={hit.key}>
                {feedbackTexts.carried(hit.listType.name)}
              </Alert>
            );
          if (records.length === 0 && standing.supersededBy !== null) return null;
          if (records.length === 0) {
            return (
              <FeedbackForm
                key={`${hit.key}-${settingsLoaded ? 'ready' : 'pending'}`}
                checkId={result.checkId}
                checkedAt={result.checkedAt}
                hit={hit}
                onRecorded={onDetail}
              />
            );
          }
          return (
            <Stack key={hit.key} spacing={1} data-hit-key={hit.key}>
              <Alert severity="success" data-testid="feedback-done">
                {feedbackTexts.done} · {hit.listType.name}
              </Alert>
              {records.map((record) => (
                <FeedbackRecordView key={record.id} record={record} measureNames={measureNames} />
              ))}
            </Stack>
          );
        })}
        {orphans.map((record) => (
          <FeedbackRecordView key={record.id} record={record} measureNames={measureNames} />
        ))}
      </Stack>
    </Paper>
  );
};
