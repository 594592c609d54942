import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { ResultsPanel } from './ResultsPanel';
import { useResultsStore } from './results-store';
import { RegionSelect } from '../../app/RegionSelect';
import { MatterSelect } from '../../app/matters/MatterSelect';
import { DrawResult } from './DrawResult';
import { useInspectionsStore } from './inspections-store';
import { PastDraws } from './PastDraws';
import { PoolPanel } from './PoolPanel';
import { inspectionsTexts as texts } from './texts';

/** 双随机抽查 (supervisors): choose region and matter, see the pool by grade, draw, replay, export, print. */
export const InspectionsPage = () => {
  const state = useInspectionsStore();
  const { loadPast, loadPool } = state;
  const results = useResultsStore();
  const { load: loadResults } = results;
  const drawId = state.detail?.draw.id ?? null;
  useEffect(() => {
    void loadPast();
  }, [loadPast]);
  useEffect(() => {
    if (drawId !== null) void loadResults(drawId);
  }, [drawId, loadResults]);
  return (
    <Stack spacing={1.5} data-testid="inspections-page">
      <Typography variant="h2" component="h1">
        {texts.pageTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {texts.intro}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <RegionSelect
          label={texts.region}
          value={state.regionCode}
          onChange={state.setRegion}
          testId="inspection-region"
        />
        <Stack sx={{ flex: 1, maxWidth: 520 }}>
          <MatterSelect
            value={state.matterCode}
            onChange={state.setMatter}
            error={undefined}
            label={texts.matter}
            testId="inspection-matter"
          />
        </Stack>
        <Button
          variant="outlined"
          onClick={() => void loadPool()}
          disabled={state.matterCode === null || state.busy !== null}
          sx={{ mt: 1 }}
          data-testid="inspection-show-pool"
        >
          {texts.showPool}
        </Button>
      </Stack>
      {state.error !== null && (
        <Alert severity="error" data-testid="inspection-error">
          {state.error}
        </Alert>
      )}
      {state.notice !== null && (
        <Alert severity="success" data-testid="inspection-notice">
          {state.notice}
        </Alert>
      )}
      {state.pool !== null && <PoolPanel pool={state.pool} />}
      {state.detail !== null && <DrawResult detail={state.detail} />}
      {state.detail !== null && results.view?.drawId === state.detail.draw.id && (
        <ResultsPanel view={results.view} />
      )}
      <PastDraws />
      <Button size="small" onClick={() => void loadPast()} sx={{ alignSelf: 'flex-start' }}>
        {texts.refresh}
      </Button>
    </Stack>
  );
};
