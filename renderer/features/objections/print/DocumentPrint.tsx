import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import type { ObjectionDocument } from '../../../../shared/contract/channels/objection-documents';
import type { ObjectionDetail } from '../../../../shared/domain/objection';
import { OutputButtons, OutputMessages } from '../../../app/print/OutputControls';
import { PrintDialog } from '../../../app/print/PrintDialog';
import { useRecordedOutput } from '../../../app/print/use-recorded-output';
import { client } from '../../../transport/client';
import { documentTexts, objectionDetailTexts } from '../texts';
import { hasNotice, NoticeDocument } from './NoticeDocument';
import { ReceiptDocument } from './ReceiptDocument';

type Props = { detail: ObjectionDetail; document: ObjectionDocument; onClose: () => void };

/**
 * One of the objection's documents as it will be printed, full screen over the app: 打印 and 保存为PDF print only
 * the document, and each output is recorded in the audit trail (objections:document-printed); 关闭 or Esc returns.
 */
export const DocumentPrint = ({ detail, document, onClose }: Props) => {
  const id = detail.objection.id;
  const { output, busy, error, notice } = useRecordedOutput({
    record: (how) => client.call('objections:document-printed', { id, document, how }),
    pdf: () => client.call('objections:document-pdf', { id, document }),
    print: () => client.call('objections:document-print', { id, document }),
  });
  const texts = documentTexts;
  const prefix = `objection-${document}`;
  return (
    <PrintDialog
      label={document === 'receipt' ? texts.receipt.dialogLabel : texts.notice.dialogLabel}
      onClose={onClose}
      toolbar={
        <Stack spacing={1} data-testid={`${prefix}-toolbar`}>
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
            <OutputButtons
              prefix={prefix}
              disabled={busy}
              onOutput={(how) => void output(how)}
              texts={texts}
              autoFocus
            />
            <Button onClick={onClose} data-testid={`${prefix}-close`}>
              {texts.close}
            </Button>
          </Stack>
          <OutputMessages prefix={prefix} notice={notice} error={error} />
        </Stack>
      }
    >
      {document === 'receipt' ? <ReceiptDocument detail={detail} /> : <NoticeDocument detail={detail} />}
    </PrintDialog>
  );
};

/** 打印受理回执 always; 打印处理结果告知书 once the result is there. */
export const DocumentButtons = ({ detail }: { detail: ObjectionDetail }) => {
  const [open, setOpen] = useState<ObjectionDocument | null>(null);
  const texts = objectionDetailTexts.documents;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<PrintIcon />}
        onClick={() => setOpen('receipt')}
        data-testid="objection-receipt-open"
      >
        {texts.receipt}
      </Button>
      {hasNotice(detail) && (
        <Button
          size="small"
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => setOpen('notice')}
          data-testid="objection-notice-open"
        >
          {texts.notice}
        </Button>
      )}
      {open !== null && <DocumentPrint detail={detail} document={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
};
