import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { Interpolation, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { printFontFamily, printSheet } from '../../theme/tokens';
import { printStyles } from './print-styles';

type DialogProps = {
  label: string;
  onClose: () => void;
  /** The buttons (and notices) above the sheet: shown on screen, never printed. */
  toolbar: ReactNode;
  /** What a document adds to the print rules (page breaks, a fixed watermark). */
  extraStyles?: Interpolation<Theme>;
  children: ReactNode;
};

/**
 * A document as it will be printed, full screen over the app: the toolbar stays on top while the sheet scrolls;
 * on paper only the sheet (print-styles.ts). The same in Electron and the browser.
 */
export const PrintDialog = ({ label, onClose, toolbar, extraStyles, children }: DialogProps) => (
  <Dialog
    fullScreen
    open
    onClose={onClose}
    aria-label={label}
    data-print-root=""
    slotProps={{ paper: { sx: { bgcolor: 'grey.300' } } }}
  >
    <GlobalStyles styles={printStyles} />
    {extraStyles !== undefined && <GlobalStyles styles={extraStyles} />}
    <Box
      data-print-chrome=""
      sx={{
        position: 'sticky',
        top: 0,
        zIndex: 2,
        p: 1,
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {toolbar}
    </Box>
    {children}
  </Dialog>
);

type SheetProps = {
  testId: string;
  fontSize: string;
  lineHeight: number;
  /** Attributes the document's own print rules select on, e.g. data-report-document. */
  dataAttributes?: Record<`data-${string}`, string>;
  /** Extra sx, e.g. position: relative for a watermark. */
  sx?: Record<string, unknown>;
  children: ReactNode;
};

/** One A4 sheet on the grey desk of the preview; in print, the page itself. */
export const PrintSheet = ({ testId, fontSize, lineHeight, dataAttributes, sx, children }: SheetProps) => (
  <Box
    data-testid={testId}
    data-print-sheet=""
    {...dataAttributes}
    sx={{
      width: printSheet.width,
      minHeight: printSheet.minHeight,
      mx: 'auto',
      my: 3,
      p: printSheet.margin,
      boxSizing: 'border-box',
      bgcolor: printSheet.paper,
      color: printSheet.ink,
      boxShadow: 3,
      fontFamily: printFontFamily,
      fontSize,
      lineHeight,
      ...sx,
    }}
  >
    {children}
  </Box>
);
