import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useAppInfo, useCatalogue } from './app-info';
import { formatDateTime } from './format';
import { appTexts } from './texts';
import { useFreshness } from './use-freshness';

/** The demo-data notice: 培训模式 (deployment.json trainingMode) or the development demo data, in one place. */
export const DemoBanner = ({ training }: { training: boolean }) => (
  <Alert severity="warning" variant="filled" data-testid="demo-banner" data-training={training}>
    {training ? (
      <>
        <strong>{appTexts.trainingMode}</strong> — {appTexts.trainingModeDetail}
      </>
    ) : (
      <>
        <strong>{appTexts.demoData}</strong> · {appTexts.demoDataDetail}
      </>
    )}
  </Alert>
);

/** The app-wide notices under the app bar, on every page: demo data or 培训模式, load failures. */
export const StatusBanners = () => {
  const info = useAppInfo();
  const catalogue = useCatalogue();
  const training = info.data?.trainingMode ?? false;
  const demoData = (info.data?.demoData ?? false) || training;
  const infoError = info.error?.message ?? null;
  const catalogueError = catalogue.error?.message ?? null;
  if (!demoData && infoError === null && catalogueError === null) return null;
  return (
    <Stack spacing={0.5} sx={{ px: 2, pt: 1 }}>
      {demoData && <DemoBanner training={training} />}
      {infoError !== null && <Alert severity="error">{appTexts.infoError(infoError)}</Alert>}
      {catalogueError !== null && <Alert severity="error">{appTexts.catalogueError(catalogueError)}</Alert>}
    </Stack>
  );
};

/** 数据截至 … — shown in the app bar on every page. */
export const FreshnessLine = () => {
  const { cacheAsOf, stale } = useFreshness();
  return (
    <span data-testid="app-freshness" data-stale={stale ? 'true' : 'false'}>
      {cacheAsOf === null ? appTexts.freshnessNone : appTexts.freshness(formatDateTime(cacheAsOf))}
      {cacheAsOf !== null && stale ? appTexts.freshnessStale : ''}
    </span>
  );
};
