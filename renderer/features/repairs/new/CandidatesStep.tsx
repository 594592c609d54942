import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import type { RepairCandidate } from '../../../../shared/domain/repair';
import { PROCEDURE_LABELS } from '../../../../shared/records/record-rules';
import { SEVERITY_LABELS } from '../../../../shared/repair/regime-schema';
import { inputTestId } from '../../../app/input-test-id';
import { useRouter } from '../../../app/router';
import { newRepairTexts } from '../texts';
import { candidateKey, isSelectable } from '../../../app/repairs/new-repair-state';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import type { RepairForm } from '../../../app/repairs/repair-form';

const texts = newRepairTexts.candidates;
const date = (value: string | null): string => value ?? texts.noDate;

/** The chip: whether an application can be taken, and if not, the kind of reason. */
const chipOf = ({
  eligibility,
}: RepairCandidate): { label: string; color: 'success' | 'warning' | 'default' } => {
  if (eligibility.eligible)
    return eligibility.code === 'manual'
      ? { label: texts.manual, color: 'warning' }
      : { label: texts.eligible, color: 'success' };
  if (eligibility.code === 'other-authority') return { label: texts.otherAuthority, color: 'default' };
  if (eligibility.code === 'not-a-basis') return { label: texts.notBasis, color: 'default' };
  return { label: texts.notEligible, color: 'default' };
};

/** 失信程度, 领域 and 处罚程序 of a credit record, as recorded. */
const recordFacts = (candidate: RepairCandidate): string[] =>
  candidate.targetTable !== 'credit_records'
    ? []
    : [
        `${texts.severity}：${
          candidate.severity === null || candidate.severity === undefined
            ? texts.severityUnknown
            : SEVERITY_LABELS[candidate.severity]
        }`,
        ...(candidate.domainLabel === null || candidate.domainLabel === undefined
          ? []
          : [`${texts.domain}：${candidate.domainLabel}`]),
        ...(candidate.procedure === null || candidate.procedure === undefined
          ? []
          : [`${texts.procedure}：${PROCEDURE_LABELS[candidate.procedure]}`]),
      ];

/** One record with its eligibility today: selectable when it may be repaired, greyed with the reason if not. */
const CandidateCard = ({
  candidate,
  checked,
  select,
}: {
  candidate: RepairCandidate;
  checked: boolean;
  select: (key: string) => void;
}) => {
  const navigate = useRouter((state) => state.navigate);
  const selectable = isSelectable(candidate);
  const { eligibility } = candidate;
  const chip = chipOf(candidate);
  const elsewhere = eligibility.code === 'other-authority';
  const key = candidateKey(candidate);
  const labelId = `repair-candidate-${key}`;
  return (
    <Paper
      variant="outlined"
      data-testid="repair-candidate"
      data-target-id={candidate.targetId}
      data-eligible={eligibility.eligible ? 'true' : 'false'}
      onClick={() => select(key)}
      sx={{
        p: 1.5,
        display: 'flex',
        gap: 1,
        cursor: selectable ? 'pointer' : 'default',
        bgcolor: selectable ? undefined : 'action.hover',
        borderColor: checked ? 'primary.main' : undefined,
      }}
    >
      <Radio
        value={key}
        checked={checked}
        disabled={!selectable}
        slotProps={{ input: { ...inputTestId('repair-candidate-radio'), 'aria-labelledby': labelId } }}
        sx={{ alignSelf: 'flex-start', mt: -0.5 }}
      />
      <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1, color: selectable ? undefined : 'text.secondary' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography id={labelId} variant="body1" sx={{ fontWeight: 600 }}>
            {candidate.title}
          </Typography>
          <Chip label={candidate.kindLabel} size="small" variant="outlined" />
          <Chip
            label={chip.label}
            size="small"
            color={chip.color}
            data-testid="repair-candidate-eligibility"
            data-code={eligibility.code}
          />
        </Stack>
        <Typography variant="body2" component="div">
          {[
            `${texts.decisionOn}：${candidate.decisionOn}`,
            `${texts.status}：${candidate.statusLabel}`,
            ...recordFacts(candidate),
          ].join('　')}
        </Typography>
        {eligibility.regimeName !== null && eligibility.regimeName !== undefined && (
          <Typography variant="body2" data-testid="repair-candidate-regime">
            {`${texts.regime}：${texts.regimeLine(eligibility.regimeName, eligibility.decidedUnder)}`}
          </Typography>
        )}
        {elsewhere ? null : (
          <Typography variant="body2" component="div">
            {[
              `${texts.eligibleFrom}：${date(eligibility.eligibleFrom)}`,
              `${texts.publicationEndsOn}：${date(eligibility.publicationEndsOn)}`,
            ].join('　')}
          </Typography>
        )}
        {elsewhere ? (
          <Alert severity="info" data-testid="repair-candidate-elsewhere" sx={{ py: 0 }}>
            <AlertTitle sx={{ mb: 0 }}>{texts.otherAuthorityTitle}</AlertTitle>
            <Typography variant="body2" data-testid="repair-candidate-message">
              {eligibility.message}
            </Typography>
          </Alert>
        ) : (
          <Typography
            variant="body2"
            color={eligibility.eligible ? 'success.main' : 'text.secondary'}
            data-testid="repair-candidate-message"
          >
            {eligibility.message}
          </Typography>
        )}
        {eligibility.unconfirmed.map((note) => (
          <Stack key={note} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <WarningAmberIcon sx={{ fontSize: 16, mt: '2px' }} color="warning" />
            <Typography variant="caption" color="warning.main" data-testid="repair-candidate-unconfirmed">
              {note}
            </Typography>
          </Stack>
        ))}
        {candidate.openApplicationId !== null && (
          <Typography variant="body2" color="warning.main" data-testid="repair-candidate-open">
            {`${texts.openApplication}，`}
            <Link
              component="button"
              type="button"
              onClick={(event) => {
                event.stopPropagation();
                navigate({ page: 'repair', id: candidate.openApplicationId ?? '' });
              }}
              sx={{ verticalAlign: 'baseline' }}
            >
              {texts.openApplicationLink}
            </Link>
          </Typography>
        )}
      </Stack>
    </Paper>
  );
};

/** (b) The subject's records and whether (and from when) each may be repaired, before anything is accepted. */
export const CandidatesStep = ({ form }: { form: RepairForm }) => {
  const subject = useNewRepairSession((state) => state.subject);
  const candidates = useNewRepairSession((state) => state.candidates);
  const error = useNewRepairSession((state) => state.candidatesError);
  const [targetTable, targetId] = useWatch({ control: form.control, name: ['targetTable', 'targetId'] });
  const targetKey = targetId === '' ? null : candidateKey({ targetTable, targetId });
  const pickError = form.getFieldState('targetId', form.formState).error?.message;
  // The record chosen is the form's (targetTable, targetId); one that cannot be repaired here is not chosen.
  const select = (key: string): void => {
    const candidate = candidates?.find((each) => candidateKey(each) === key);
    if (candidate === undefined || !isSelectable(candidate)) return;
    form.setValue('targetTable', candidate.targetTable, { shouldDirty: true });
    form.setValue('targetId', candidate.targetId, { shouldDirty: true });
    form.clearErrors('targetId');
  };
  return (
    <Stack spacing={1.5} data-testid="repair-candidates-step">
      {subject !== null && (
        <Typography variant="body1" data-testid="repair-subject">
          {newRepairTexts.subject.picked(subject.name, subject.identifierMasked)}
        </Typography>
      )}
      {error !== null && (
        <Alert severity="error" data-testid="repair-candidates-error">
          {error}
        </Alert>
      )}
      {candidates === null && error === null && <LinearProgress aria-label={texts.loading} />}
      {candidates !== null && candidates.length === 0 && (
        <Alert severity="info" data-testid="repair-candidates-none">
          {texts.none}
        </Alert>
      )}
      {candidates !== null && candidates.length > 0 && (
        <RadioGroup
          aria-label={texts.listLabel}
          value={targetKey ?? ''}
          onChange={(event) => select(event.target.value)}
          sx={{ gap: 1 }}
        >
          {candidates.map((candidate) => (
            <CandidateCard
              key={candidateKey(candidate)}
              candidate={candidate}
              checked={candidateKey(candidate) === targetKey}
              select={select}
            />
          ))}
        </RadioGroup>
      )}
      {pickError !== undefined && (
        <Alert severity="warning" data-testid="repair-candidates-required">
          {pickError}
        </Alert>
      )}
    </Stack>
  );
};
