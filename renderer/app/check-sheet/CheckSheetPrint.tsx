import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { client } from '../../transport/client';
import { useCoreQuery } from '../query/query-client';
import { OutputButtons, OutputMessages } from '../print/OutputControls';
import { PrintDialog } from '../print/PrintDialog';
import { useRecordedOutput } from '../print/use-recorded-output';
import { CheckSheetDocument } from './CheckSheetDocument';
import { sheetTexts } from './texts';

const texts = sheetTexts;

type Props = { checkId: string; onClose: () => void };

/**
 * The 核查记录单 of one check as it will be printed, full screen over the app. It reads the check afresh from
 * the core (check:get): the sheet is the stored record, whatever the page behind it shows. 打印 and 保存为PDF
 * print only the sheet; 关闭 or Esc returns.
 */
export const CheckSheetPrint = ({ checkId, onClose }: Props) => {
  // The stored check through the query cache (check:get, as the record's page reads it); the outputs' own
  // refusals beside it.
  const query = useCoreQuery('check:get', { checkId });
  const detail = query.data ?? null;
  const {
    output,
    busy,
    error: outputError,
    notice,
  } = useRecordedOutput({
    record: (how) => client.call('check:sheet-printed', { checkId, how }),
    pdf: () => client.call('check:sheet-pdf', { checkId }),
    print: () => client.call('check:sheet-print', { checkId }),
  });
  const error = query.error?.message ?? outputError;

  return (
    <PrintDialog
      label={texts.dialogLabel}
      onClose={onClose}
      toolbar={
        <Stack spacing={1} data-testid="check-sheet-toolbar">
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
            <OutputButtons
              prefix="check-sheet"
              disabled={detail === null || busy}
              onOutput={(how) => void output(how)}
              texts={texts}
              autoFocus
            />
            <Button onClick={onClose} data-testid="check-sheet-close">
              {texts.close}
            </Button>
          </Stack>
          <OutputMessages prefix="check-sheet" notice={notice} error={error} />
        </Stack>
      }
    >
      {detail === null ? (
        error === null && <Typography sx={{ p: 3 }}>{texts.loading}</Typography>
      ) : (
        <CheckSheetDocument detail={detail} />
      )}
    </PrintDialog>
  );
};
