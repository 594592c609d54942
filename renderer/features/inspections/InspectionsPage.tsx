import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InspectionDetail, InspectionScope } from '../../../shared/domain/inspection';
import { RegionSelect } from '../../app/RegionSelect';
import { MatterSelect } from '../../app/matters/MatterSelect';
import { DisabledReason, disabledReasonProps } from '../../app/form/DisabledReason';
import { queryKeyOf, useCoreQuery } from '../../app/query/query-client';
import { DrawResult } from './DrawResult';
import { PastDraws } from './PastDraws';
import { PoolPanel } from './PoolPanel';
import { ResultsPanel } from './ResultsPanel';
import { inspectionsTexts as texts } from './texts';

const sameScope = (a: InspectionScope | null, b: InspectionScope): boolean =>
  a !== null && a.regionCode === b.regionCode && a.matterCode === b.matterCode;

/**
 * 双随机抽查 (supervisors): choose region and matter, see the pool by grade, draw, replay, export, print, record
 * the results. The pool, the open draw, its results and the past draws are answers of the core (useCoreQuery),
 * refetched when its events make them old.
 */
export const InspectionsPage = () => {
  const queries = useQueryClient();
  const [regionCode, setRegionCode] = useState('410400');
  const [matterCode, setMatterCode] = useState<string | null>(null);
  /** The scope whose pool was asked for (查看检查对象); null until then, and again once the scope changes. */
  const [asked, setAsked] = useState<InspectionScope | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const pool = useCoreQuery('inspections:pool', asked);
  const detail = useCoreQuery('inspections:get', openId === null ? null : { id: openId });

  const showPool = (): void => {
    if (matterCode === null) return;
    const scope = { regionCode, matterCode };
    if (sameScope(asked, scope)) void pool.refetch();
    else setAsked(scope);
  };

  const drawn = (made: InspectionDetail): void => {
    queries.setQueryData(queryKeyOf('inspections:get', { id: made.draw.id }), made);
    setOpenId(made.draw.id);
    void queries.invalidateQueries({ queryKey: ['inspections:list'] });
  };

  const error = pool.error ?? detail.error;
  // Why 查看检查对象 waits, if it does.
  const showPoolRefused = matterCode === null ? texts.chooseMatterFirst : null;
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
          value={regionCode}
          onChange={(code) => {
            setRegionCode(code);
            setAsked(null);
          }}
          testId="inspection-region"
        />
        <Stack sx={{ flex: 1, maxWidth: 520 }}>
          <MatterSelect
            value={matterCode}
            onChange={(code) => {
              setMatterCode(code);
              setAsked(null);
            }}
            error={undefined}
            label={texts.matter}
            testId="inspection-matter"
          />
        </Stack>
        <Button
          variant="outlined"
          onClick={showPool}
          {...disabledReasonProps('inspection-show-pool', showPoolRefused, pool.isFetching)}
          sx={{ mt: 1 }}
          data-testid="inspection-show-pool"
        >
          {texts.showPool}
        </Button>
        <Stack sx={{ mt: 1.75 }}>
          <DisabledReason testId="inspection-show-pool" reason={showPoolRefused} />
        </Stack>
      </Stack>
      {error !== null && (
        <Alert severity="error" data-testid="inspection-error">
          {error.message}
        </Alert>
      )}
      {asked !== null && pool.data !== undefined && (
        <PoolPanel key={`${asked.regionCode}:${asked.matterCode}`} pool={pool.data} onDrawn={drawn} />
      )}
      {detail.data !== undefined && (
        <DrawResult
          detail={detail.data}
          onReplay={() => void detail.refetch()}
          replaying={detail.isFetching}
        />
      )}
      {detail.data !== undefined && <ResultsPanel drawId={detail.data.draw.id} />}
      <PastDraws current={openId} onOpen={setOpenId} />
    </Stack>
  );
};
