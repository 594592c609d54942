import type { Interpolation, Theme } from '@mui/material/styles';
import { printFontFamily, printSheet } from '../../theme/tokens';
import { printTexts } from './texts';

/**
 * On paper only the document: the app (every other child of <body>) is hidden, the full-screen dialog and its
 * sheet flow as ordinary blocks so a long document runs over pages, and the buttons are left out; every page is
 * numbered. Every printed
 * document (承诺书, credit report, inspection list) shows through PrintDialog, which applies these.
 */
export const printStyles: Interpolation<Theme> = {
  '@page': {
    size: 'A4',
    margin: printSheet.margin,
    // 第 N 页 共 M 页 in the bottom margin of every page (CSS page-margin boxes: Chromium's printing, the same
    // in Electron's printToPDF and print and in a browser's print dialog).
    '@bottom-center': {
      content: `"${printTexts.pageNumber[0]}" counter(page) "${printTexts.pageNumber[1]}" counter(pages) "${printTexts.pageNumber[2]}"`,
      fontFamily: printFontFamily,
      fontSize: '9pt',
      color: printSheet.ink,
    },
  },
  '@media print': {
    'html, body': {
      height: 'auto !important',
      overflow: 'visible !important',
      background: 'none !important',
    },
    'body > *:not([data-print-root])': { display: 'none !important' },
    '[data-print-root], [data-print-root] .MuiDialog-container, [data-print-root] .MuiDialog-paper': {
      position: 'static !important',
      display: 'block !important',
      height: 'auto !important',
      maxHeight: 'none !important',
      overflow: 'visible !important',
      background: 'none !important',
      boxShadow: 'none !important',
    },
    '[data-print-root] .MuiBackdrop-root, [data-print-chrome]': { display: 'none !important' },
    '[data-print-sheet]': {
      width: 'auto !important',
      minHeight: '0 !important',
      margin: '0 !important',
      padding: '0 !important',
      boxShadow: 'none !important',
      overflow: 'visible !important',
    },
  },
};
