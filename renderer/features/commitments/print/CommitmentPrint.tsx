import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { PrintDialog } from '../../../app/print/PrintDialog';
import { printTexts } from '../texts';
import { CommitmentDocument } from './CommitmentDocument';

type Props = { detail: CommitmentDetail; onClose: () => void };

/**
 * The 信用承诺书 as it will be printed, full screen over the app: 打印 prints only the document (window.print(),
 * the same in Electron and the browser), 关闭 or Esc returns to the detail.
 */
export const CommitmentPrint = ({ detail, onClose }: Props) => (
  <PrintDialog
    label={printTexts.dialogLabel}
    onClose={onClose}
    toolbar={
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
          autoFocus
          data-testid="commitment-print-button"
        >
          {printTexts.print}
        </Button>
        <Button onClick={onClose} data-testid="commitment-print-close">
          {printTexts.close}
        </Button>
      </Stack>
    }
  >
    <CommitmentDocument detail={detail} />
  </PrintDialog>
);
