import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { useCheckStore } from '../../../app/check/check-store';
import { checkTexts } from '../texts';
import { useFocusRequest } from '../use-focus-request';
import { applicantHint } from './applicant-hint';
import { CANDIDATE_LIST_ID, candidateOptionId } from './CandidateList';
import { NEAR_MATCH_LIST_ID, nearMatchOptionId } from './NearMatchList';

const toneColor = { neutral: 'text.secondary', ok: 'success.main', error: 'error.main' } as const;

/**
 * One field for a USCC, a citizen ID or a name. USB barcode scanners type like a keyboard and end with Enter,
 * so scanning needs nothing special: Enter runs whatever is in the field.
 */
export const ApplicantField = () => {
  const raw = useCheckStore((state) => state.raw);
  const busy = useCheckStore((state) => state.busy);
  const candidates = useCheckStore((state) => state.candidates);
  const setRaw = useCheckStore((state) => state.setRaw);
  const submit = useCheckStore((state) => state.submitApplicant);
  const moveCandidate = useCheckStore((state) => state.moveCandidate);
  const nearMatches = useCheckStore((state) => state.nearMatches);
  const moveNearMatch = useCheckStore((state) => state.moveNearMatch);
  const ref = useFocusRequest('applicant');
  const texts = checkTexts.applicant;
  // Once Enter has been answered with an error (shown below the field), the live line would only repeat it.
  const answered = useCheckStore((state) => state.applicantError !== null || state.override !== null);
  const hint = applicantHint(raw);
  const listOpen = candidates !== null && candidates.items.length > 0 && candidates.rawAtSearch === raw;
  const nearOpen = !listOpen && nearMatches !== null && nearMatches.rawAtSearch === raw;
  const controls = listOpen ? CANDIDATE_LIST_ID : nearOpen ? NEAR_MATCH_LIST_ID : undefined;
  const activeOption = listOpen
    ? candidateOptionId(candidates.active)
    : nearOpen && nearMatches.active >= 0
      ? nearMatchOptionId(nearMatches.active)
      : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Enter that confirms an IME composition (typing a name in pinyin) must not submit.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      void submit();
    } else if ((listOpen || nearOpen) && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      (listOpen ? moveCandidate : moveNearMatch)(event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={texts.label}
          value={raw}
          onChange={(event) => setRaw(event.target.value)}
          onKeyDown={onKeyDown}
          inputRef={ref}
          fullWidth
          slotProps={{
            htmlInput: {
              'data-testid': 'applicant-input',
              autoComplete: 'off',
              spellCheck: false,
              maxLength: 200,
              role: 'combobox',
              'aria-expanded': controls !== undefined,
              'aria-controls': controls,
              'aria-activedescendant': activeOption,
              'aria-describedby': 'applicant-hint',
            },
          }}
        />
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={busy !== 'idle'}
          data-testid="run-check"
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {texts.run}
        </Button>
      </Stack>
      <Typography
        id="applicant-hint"
        data-testid="identifier-hint"
        data-tone={hint.tone}
        variant="caption"
        component="div"
        sx={{ color: toneColor[hint.tone], minHeight: '1.5em', px: 0.5 }}
        aria-live="polite"
      >
        {busy === 'running'
          ? texts.running
          : busy === 'searching'
            ? texts.searching
            : answered
              ? ''
              : hint.lines.join(' ')}
      </Typography>
    </Stack>
  );
};
