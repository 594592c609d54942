import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
// The one pair of outputs a printed document has (reports record which; the 核查记录单 has the same two).
import type { ReportOutput as PrintOutput } from '../../../shared/domain/report';

/**
 * 打印 and 保存为PDF of a print preview (reports, the 核查记录单): test ids `<prefix>-print`, `<prefix>-pdf`.
 */
export const OutputButtons = ({
  prefix,
  disabled,
  onOutput,
  texts,
  autoFocus = false,
}: {
  prefix: string;
  disabled: boolean;
  onOutput: (how: PrintOutput) => void;
  texts: { print: string; pdf: string };
  autoFocus?: boolean;
}) => (
  <>
    <Button
      variant="contained"
      startIcon={<PrintIcon />}
      onClick={() => onOutput('print')}
      disabled={disabled}
      autoFocus={autoFocus}
      data-testid={`${prefix}-print`}
    >
      {texts.print}
    </Button>
    <Button
      variant="outlined"
      startIcon={<PictureAsPdfIcon />}
      onClick={() => onOutput('pdf')}
      disabled={disabled}
      data-testid={`${prefix}-pdf`}
    >
      {texts.pdf}
    </Button>
  </>
);

/** What became of the last output (saved where) or why it failed: `<prefix>-notice`, `<prefix>-error`. */
export const OutputMessages = ({
  prefix,
  notice,
  error,
}: {
  prefix: string;
  notice: string | null;
  error: string | null;
}) => (
  <>
    {notice !== null && (
      <Alert severity="success" data-testid={`${prefix}-notice`}>
        {notice}
      </Alert>
    )}
    {error !== null && (
      <Alert severity="error" data-testid={`${prefix}-error`}>
        {error}
      </Alert>
    )}
  </>
);
