import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { layout } from '../../theme/tokens';
import { ApplicantSection } from './applicant/ApplicantSection';
import { useCheckStore } from '../../app/check/check-store';
import { ContextForm } from './ContextForm';
import { ExternalQueryPanel } from '../../app/check-result/external/ExternalQueryPanel';
import { FeedbackPanel } from '../../app/check-result/feedback/FeedbackPanel';
import { ResultCard } from '../../app/check-result/ResultCard';
import { CheckSheetButton } from '../../app/check-sheet/CheckSheetButton';
import { SessionChecks } from './SessionChecks';
import { checkTexts } from './texts';

/** 核查: inputs on the left, the result and its feedback on the right; everything reachable by keyboard. */
export const CheckPage = () => {
  const detail = useCheckStore((state) => state.detail);
  const checkError = useCheckStore((state) => state.checkError);
  const applyDetail = useCheckStore((state) => state.applyDetail);
  const reset = useCheckStore((state) => state.reset);
  return (
    <Box
      data-testid="check-page"
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: '1fr', md: `${layout.checkInputColumn}px minmax(0, 1fr)` },
      }}
    >
      <Paper variant="outlined" sx={{ p: 2, position: { md: 'sticky' }, top: { md: 0 } }}>
        <Stack spacing={2}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h2" component="h1">
              {checkTexts.pageTitle}
            </Typography>
            <Button size="small" onClick={reset} aria-keyshortcuts="Alt+N" data-testid="new-check">
              {checkTexts.newCheck}
            </Button>
          </Stack>
          <ContextForm />
          <Divider />
          <ApplicantSection />
          <Typography variant="caption" color="text.secondary" data-testid="shortcut-hint">
            {checkTexts.shortcuts}
          </Typography>
          <SessionChecks />
        </Stack>
      </Paper>
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        {checkError !== null && (
          <Alert severity="error" data-testid="check-error">
            {checkError}
          </Alert>
        )}
        {detail === null ? (
          checkError === null && (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {checkTexts.empty}
            </Typography>
          )
        ) : (
          <>
            <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: -1 }}>
              <CheckSheetButton checkId={detail.result.checkId} />
            </Stack>
            <ResultCard
              result={detail.result}
              answeredHits={new Set(detail.feedback.map((record) => record.hitKey))}
              commitmentAction
            />
            <ExternalQueryPanel detail={detail} onDetail={applyDetail} />
            <FeedbackPanel detail={detail} onDetail={applyDetail} />
          </>
        )}
      </Stack>
    </Box>
  );
};
