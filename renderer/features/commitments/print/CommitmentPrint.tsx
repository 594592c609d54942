import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import GlobalStyles from '@mui/material/GlobalStyles';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { printTexts } from '../texts';
import { CommitmentDocument } from './CommitmentDocument';
import { printStyles } from './print-styles';

type Props = { detail: CommitmentDetail; onClose: () => void };

/**
 * The 信用承诺书 as it will be printed, full screen over the app: 打印 prints only the document (window.print(),
 * the same in Electron and the browser), 关闭 or Esc returns to the detail.
 */
export const CommitmentPrint = ({ detail, onClose }: Props) => (
  <Dialog
    fullScreen
    open
    onClose={onClose}
    aria-label={printTexts.dialogLabel}
    data-print-root=""
    slotProps={{ paper: { sx: { bgcolor: 'grey.300' } } }}
  >
    <GlobalStyles styles={printStyles} />
    <Stack
      direction="row"
      spacing={1}
      data-print-chrome=""
      sx={{
        position: 'sticky',
        top: 0,
        zIndex: 1,
        p: 1,
        justifyContent: 'center',
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
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
    <CommitmentDocument detail={detail} />
  </Dialog>
);
