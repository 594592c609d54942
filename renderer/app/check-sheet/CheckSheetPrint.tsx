import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { client } from '../../transport/client';
import { useCoreQuery } from '../query/query-client';
import { OutputButtons, OutputMessages } from '../print/OutputControls';
import { PrintDialog } from '../print/PrintDialog';
import { shellPrints } from '../print/shell-prints';
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
  const [actionError, setError] = useState<string | null>(null);
  const error = query.error?.message ?? actionError;
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const output = async (how: 'pdf' | 'print'): Promise<void> => {
    setError(null);
    setNotice(null);
    if (!shellPrints()) {
      window.print();
      return;
    }
    setBusy(true);
    try {
      if (how === 'pdf') {
        const saved = await client.call('check:sheet-pdf', { checkId });
        if (!saved.ok) setError(saved.error.message);
        else if (saved.value.saved && saved.value.path !== null) setNotice(texts.savedTo(saved.value.path));
      } else {
        const printed = await client.call('check:sheet-print', { checkId });
        if (!printed.ok) setError(printed.error.message);
      }
    } finally {
      setBusy(false);
    }
  };

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
