import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import type { InspectionDetail } from '../../../shared/domain/inspection';
import { formatBeijing } from '../../../shared/time';
import { PrintDialog, PrintSheet } from '../../app/print/PrintDialog';
import { printSheet } from '../../theme/tokens';
import { inspectionsTexts } from './texts';

const cell = { border: `1px solid ${printSheet.ink}`, padding: '1mm 2mm', verticalAlign: 'top' } as const;

/**
 * The published list (一公开) on A4, full screen over the app: 打印 prints only the sheet (window.print(), the
 * same in Electron and the browser); the seed and method are printed so anyone can redo the draw.
 */
export const InspectionPrint = ({ detail, onClose }: { detail: InspectionDetail; onClose: () => void }) => {
  const texts = inspectionsTexts.printDoc;
  const columns = inspectionsTexts.rowColumns;
  const { draw, rows } = detail;
  return (
    <PrintDialog
      label={texts.dialogLabel}
      onClose={onClose}
      toolbar={
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} autoFocus>
            {texts.print}
          </Button>
          <Button onClick={onClose} data-testid="inspection-print-close">
            {texts.close}
          </Button>
        </Stack>
      }
    >
      <PrintSheet testId="inspection-print-sheet" fontSize="10.5pt" lineHeight={1.5}>
        <Box component="h1" sx={{ textAlign: 'center', fontSize: '18pt', m: 0, mb: '3mm' }}>
          {texts.title}
        </Box>
        <div>{texts.meta(draw.regionName, draw.matterName)}</div>
        <div>{`${texts.number}：${draw.number}\u3000${texts.drawnAt}：${formatBeijing(draw.drawnAt)}`}</div>
        <div>{`${texts.seed}：${draw.seed}\u3000${texts.ratios(draw.ratios.version, draw.ratios.confirmed)}`}</div>
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '3mm 0' }}>
          <thead>
            <tr>
              {[columns.order, columns.name, columns.identifier, columns.grade, columns.inspectors].map(
                (title) => (
                  <th key={title} style={{ ...cell, textAlign: 'left', whiteSpace: 'nowrap' }}>
                    {title}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.order} style={{ breakInside: 'avoid' }}>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{row.order}</td>
                <td style={cell}>{row.subjectName}</td>
                <td style={{ ...cell, fontFamily: 'monospace' }}>{row.identifier}</td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{row.gradeLabel}</td>
                <td style={cell}>
                  {row.inspectors
                    .map((inspector) => inspectionsTexts.inspector(inspector.name, inspector.badge))
                    .join('、')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Box sx={{ fontSize: '9pt' }}>{texts.method}</Box>
        {draw.rosterDemo && <Box sx={{ fontSize: '9pt', mt: '2mm' }}>{texts.demo}</Box>}
      </PrintSheet>
    </PrintDialog>
  );
};
