import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import type { InspectionDetail } from '../../../shared/domain/inspection';
import { DRAW_LIST_TITLE, drawListHeader, methodAnnex } from '../../../shared/inspection/draw-list';
import { PrintDialog, PrintSheet } from '../../app/print/PrintDialog';
import { printSheet } from '../../theme/tokens';
import { inspectionsTexts } from './texts';

const cell = { border: `1px solid ${printSheet.ink}`, padding: '1mm 2mm', verticalAlign: 'top' } as const;

/**
 * The 随机抽取名单 on A4, printed before any inspection (never titled 抽查结果公示: it says who will be inspected,
 * not what was found), with its annex 抽取方法说明 on a page of its own — the same words as the Excel export
 * (shared/inspection/draw-list.ts). 打印 prints only the sheet (window.print(), the same in Electron and the browser).
 */
export const InspectionPrint = ({ detail, onClose }: { detail: InspectionDetail; onClose: () => void }) => {
  const texts = inspectionsTexts.printDoc;
  const columns = inspectionsTexts.rowColumns;
  const { draw, rows, listHash } = detail;
  const annex = methodAnnex(draw, listHash);
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
          {DRAW_LIST_TITLE}
        </Box>
        {drawListHeader(draw, listHash).map((line) => (
          <Box key={line} sx={{ overflowWrap: 'anywhere' }}>
            {line}
          </Box>
        ))}
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
        <Box component="section" sx={{ breakBefore: 'page', pt: '4mm' }} data-testid="inspection-annex">
          <Box component="h2" sx={{ fontSize: '14pt', m: 0, mb: '3mm' }}>
            {annex.title}
          </Box>
          {annex.paragraphs.map((paragraph) => (
            <Box
              component="p"
              key={paragraph.slice(0, 8)}
              sx={{ m: 0, mb: '2mm', textIndent: '2em', overflowWrap: 'anywhere' }}
            >
              {paragraph}
            </Box>
          ))}
        </Box>
      </PrintSheet>
    </PrintDialog>
  );
};
