import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import type { InspectionResults } from '../../../shared/domain/inspection-result';
import { chineseDay } from '../../../shared/inspection/draw-list';
import { RESULTS_TITLE, resultsColumns, resultsHeader } from '../../../shared/inspection/published-results';
import { PrintDialog, PrintSheet } from '../../app/print/PrintDialog';
import { printSheet } from '../../theme/tokens';
import { resultsTexts } from './results-texts';

const cell = {
  border: `1px solid ${printSheet.ink}`,
  padding: '1mm 1.5mm',
  verticalAlign: 'top',
  overflowWrap: 'anywhere',
} as const;

/** 序号, 主体名称, 代码, 检查日期, 检查结果, 处理情况, 检查部门: the names and the 18-character codes need room. */
const columnWidths = ['6%', '20%', '17%', '12%', '14%', '17%', '14%'];

/**
 * 抽查结果公示 (一公开) on A4: only the results recorded, natural persons masked, with how many drawn subjects
 * still await a result — the same words as the export (shared/inspection/published-results.ts).
 */
export const ResultsPrint = ({ view, onClose }: { view: InspectionResults; onClose: () => void }) => {
  const texts = resultsTexts.printDoc;
  const titles = resultsColumns;
  const header = resultsHeader(view, { picked: view.subjects.length, recorded: view.recorded });
  return (
    <PrintDialog
      label={texts.dialogLabel}
      onClose={onClose}
      toolbar={
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} autoFocus>
            {texts.print}
          </Button>
          <Button onClick={onClose} data-testid="results-print-close">
            {texts.close}
          </Button>
        </Stack>
      }
    >
      <PrintSheet testId="results-print-sheet" fontSize="10pt" lineHeight={1.5}>
        <Box component="h1" sx={{ textAlign: 'center', fontSize: '18pt', m: 0, mb: '3mm' }}>
          {RESULTS_TITLE}
        </Box>
        {header.map((line) => (
          <div key={line}>{line}</div>
        ))}
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '3mm 0', tableLayout: 'fixed' }}>
          <colgroup>
            {columnWidths.map((width, index) => (
              <col key={index} style={{ width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {Object.values(titles).map((title) => (
                <th key={title} style={{ ...cell, textAlign: 'left' }}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.published.map((row) => (
              <tr key={row.order} style={{ breakInside: 'avoid' }}>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{row.order}</td>
                <td style={cell}>{row.subjectName}</td>
                <td style={{ ...cell, fontFamily: 'monospace', fontSize: '9pt' }}>{row.identifier}</td>
                <td style={cell}>{chineseDay(row.inspectedOn)}</td>
                <td style={cell}>{row.outcome}</td>
                <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{row.handling}</td>
                <td style={cell}>{row.department}</td>
              </tr>
            ))}
            {view.published.length === 0 && (
              <tr>
                <td style={cell} colSpan={7}>
                  {texts.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <Box sx={{ textAlign: 'right' }}>{texts.issued(chineseDay(view.today))}</Box>
      </PrintSheet>
    </PrintDialog>
  );
};
