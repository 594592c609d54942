import { createTheme, type Theme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';
import { fontFamily, layout, palette } from './tokens';
import type {} from '@mui/x-date-pickers/themeAugmentation';

/** Dense but readable for 1366×768 window PCs: small inputs, tight tables, a 14px base. */
export const createAppTheme = (): Theme =>
  createTheme(
    {
      palette: {
        primary: { main: palette.primary },
        secondary: { main: palette.secondary },
        error: { main: palette.error },
        warning: { main: palette.warning },
        success: { main: palette.success },
        info: { main: palette.info },
        background: { default: palette.background, paper: palette.paper },
      },
      typography: {
        fontFamily,
        fontSize: layout.baseFontSize,
        h1: { fontSize: '1.25rem', fontWeight: 600 },
        h2: { fontSize: '1.1rem', fontWeight: 600 },
        h3: { fontSize: '1rem', fontWeight: 600 },
        button: { textTransform: 'none' },
      },
      shape: { borderRadius: 6 },
      components: {
        // A long text grows a multi-line field to 10 lines, then scrolls inside it: the form's other fields and
        // their messages stay in sight (a single-line field ignores maxRows).
        MuiTextField: { defaultProps: { size: 'small', maxRows: 10 } },
        MuiPickersTextField: { defaultProps: { size: 'small' } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        MuiAutocomplete: { defaultProps: { size: 'small' } },
        MuiSelect: { defaultProps: { size: 'small' } },
        MuiTable: { defaultProps: { size: 'small' } },
        MuiChip: { defaultProps: { size: 'small' } },
        MuiList: { defaultProps: { dense: true } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiAlert: { styleOverrides: { root: { paddingTop: 2, paddingBottom: 2 } } },
      },
    },
    zhCN,
  );
