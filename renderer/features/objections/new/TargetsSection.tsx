import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import type { ObjectionCandidate } from '../../../../shared/domain/objection';
import { inputTestId } from '../../../app/input-test-id';
import { useNewObjectionSession } from '../../../app/objections/new-objection-session';
import type { ObjectionForm } from '../../../app/objections/objection-form';
import { useRouter } from '../../../app/router';
import { newObjectionTexts } from '../texts';

const texts = newObjectionTexts.candidates;
const keyOf = (target: { targetTable: string; targetId: string }): string =>
  `${target.targetTable}:${target.targetId}`;

const CandidateRow = ({
  candidate,
  checked,
  toggle,
}: {
  candidate: ObjectionCandidate;
  checked: boolean;
  toggle: () => void;
}) => {
  const navigate = useRouter((state) => state.navigate);
  const open = candidate.openObjectionId;
  const labelId = `objection-candidate-${keyOf(candidate)}`;
  return (
    <Paper
      variant="outlined"
      data-testid="objection-candidate"
      data-target-id={candidate.targetId}
      sx={{
        p: 1,
        display: 'flex',
        gap: 1,
        bgcolor: open === null ? undefined : 'action.hover',
        borderColor: checked ? 'primary.main' : undefined,
      }}
    >
      <Checkbox
        checked={checked}
        disabled={open !== null}
        onChange={toggle}
        slotProps={{ input: { ...inputTestId('objection-candidate-check'), 'aria-labelledby': labelId } }}
        sx={{ alignSelf: 'flex-start', mt: -0.5 }}
      />
      <Stack
        spacing={0.25}
        sx={{ minWidth: 0, flex: 1, color: open === null ? undefined : 'text.secondary' }}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={labelId} variant="body1" sx={{ fontWeight: 600 }}>
            {candidate.title}
          </Typography>
          <Chip label={candidate.kindLabel} size="small" variant="outlined" />
        </Stack>
        <Typography variant="body2" component="div">
          {[
            `${texts.unit}：${candidate.unit}`,
            `${texts.decisionOn}：${candidate.decisionOn}`,
            `${texts.status}：${candidate.statusLabel}`,
          ].join('　')}
        </Typography>
        {open !== null && (
          <Typography variant="body2" color="warning.main" data-testid="objection-candidate-open">
            {`${texts.openObjection}，`}
            <Link
              component="button"
              type="button"
              onClick={() => navigate({ page: 'objection', id: open })}
              sx={{ verticalAlign: 'baseline' }}
            >
              {texts.openObjectionLink}
            </Link>
          </Typography>
        )}
      </Stack>
    </Paper>
  );
};

/** The subject's records and list entries: the clerk ticks those the applicant says are wrong. */
export const TargetsSection = ({ form }: { form: ObjectionForm }) => {
  const candidates = useNewObjectionSession((state) => state.candidates);
  const error = useNewObjectionSession((state) => state.candidatesError);
  const targets = useWatch({ control: form.control, name: 'targets' });
  const chosen = new Set(targets.map(keyOf));
  const pickError = form.getFieldState('targets', form.formState).error;
  const toggle = (candidate: ObjectionCandidate): void => {
    const key = keyOf(candidate);
    const next = chosen.has(key)
      ? targets.filter((target) => keyOf(target) !== key)
      : [...targets, { targetTable: candidate.targetTable, targetId: candidate.targetId }];
    form.setValue('targets', next, { shouldDirty: true });
    form.clearErrors('targets');
  };
  return (
    <Stack spacing={1} data-testid="objection-targets" role="group" aria-label={texts.listLabel}>
      {error !== null && (
        <Alert severity="error" data-testid="objection-candidates-error">
          {error}
        </Alert>
      )}
      {candidates === null && error === null && <LinearProgress aria-label={texts.loading} />}
      {candidates !== null && candidates.length === 0 && (
        <Alert severity="info" data-testid="objection-candidates-none">
          {texts.none}
        </Alert>
      )}
      {candidates !== null && candidates.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            {texts.hint}
          </Typography>
          {candidates.map((candidate) => (
            <CandidateRow
              key={keyOf(candidate)}
              candidate={candidate}
              checked={chosen.has(keyOf(candidate))}
              toggle={() => toggle(candidate)}
            />
          ))}
        </>
      )}
      {pickError !== undefined && (
        <Alert severity="warning" data-testid="objection-targets-error">
          {pickError.message ?? pickError.root?.message}
        </Alert>
      )}
    </Stack>
  );
};
