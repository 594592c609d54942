import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useCoreQuery } from '../../app/query/query-client';
import { OutputButtons, OutputMessages } from '../../app/print/OutputControls';
import { PrintDialog } from '../../app/print/PrintDialog';
import { useRecordedOutput } from '../../app/print/use-recorded-output';
import { useRouter } from '../../app/router';
import { client } from '../../transport/client';
import { AuthorisationLine } from './document/AuthorisationLine';
import { ReportDocument } from './document/ReportDocument';
import { reportPrintStyles } from './document/report-print-styles';
import { reportsTexts } from './texts';

const texts = reportsTexts.preview;

/**
 * One issued report, exactly as issued, as an A4 preview over the app. 打印 and 保存为PDF print only the report;
 * every print or PDF is recorded (reports:printed, see useRecordedOutput).
 */
export const ReportPage = ({ number }: { number: string }) => {
  const navigate = useRouter((state) => state.navigate);
  // The issued report through the query cache (reports:get); the outputs' own refusals beside it.
  const query = useCoreQuery('reports:get', { number });
  const issued = query.data ?? null;
  const {
    output,
    busy,
    error: outputError,
    notice,
  } = useRecordedOutput({
    record: (how) => client.call('reports:printed', { number, how }),
    pdf: () => client.call('reports:pdf', { number }),
    print: () => client.call('reports:print', { number }),
  });
  const error = query.error?.message ?? outputError;

  const close = (): void => navigate({ page: 'reports' });
  return (
    <PrintDialog
      label={texts.dialogLabel}
      onClose={close}
      extraStyles={reportPrintStyles}
      toolbar={
        <Stack spacing={1} data-testid="report-page" data-number={number}>
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'center', alignItems: 'center' }}>
            <Button startIcon={<ArrowBackIcon />} onClick={close} data-testid="report-back">
              {texts.back}
            </Button>
            <Typography sx={{ fontFamily: 'monospace', px: 2 }}>{number}</Typography>
            <OutputButtons
              prefix="report"
              disabled={issued === null || busy}
              onOutput={(how) => void output(how)}
              texts={texts}
            />
          </Stack>
          {issued !== null && issued.authorisation !== null && (
            <AuthorisationLine authorisation={issued.authorisation} />
          )}
          {issued !== null && !issued.registered && (
            <Alert severity="info" data-testid="report-not-registered">
              {texts.notRegistered}
            </Alert>
          )}
          <OutputMessages prefix="report" notice={notice} error={error} />
        </Stack>
      }
    >
      {issued === null ? (
        error === null && <Typography sx={{ p: 3 }}>{texts.loading}</Typography>
      ) : (
        <ReportDocument issued={issued} />
      )}
    </PrintDialog>
  );
};
