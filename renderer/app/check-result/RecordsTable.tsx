import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { CreditRecord, Subject } from '../../../shared/domain/subject';
import { recordCategoryLabels, recordStatusLabels } from '../../../shared/domain/labels';
import { formatDate } from '../format';
import { ApplyRepairButton } from '../repairs/ApplyRepairButton';
import { resultTexts } from './texts';

/** 行政许可 / 行政处罚 … of the subject, compact; the content is in the title's tooltip. */
export const RecordsTable = ({
  records,
  subject = null,
  caseNumber = null,
}: {
  records: readonly CreditRecord[];
  /** The checked subject: its published penalties get 申请信用修复. */
  subject?: Subject | null;
  /** 办件编号 of the check, carried into the 信用修复承诺书 of an application started here. */
  caseNumber?: string | null;
}) => {
  const texts = resultTexts.records;
  return (
    // Focusable so the scrolled table can be read with the keyboard.
    <Box
      sx={{ maxHeight: 300, overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={texts.title(records.length)}
    >
      <Table stickyHeader data-testid="credit-records" aria-label={texts.title(records.length)}>
        <TableHead>
          <TableRow>
            <TableCell>{texts.category}</TableCell>
            <TableCell>{texts.recordTitle}</TableCell>
            <TableCell>{texts.department}</TableCell>
            <TableCell>{texts.decisionNumber}</TableCell>
            <TableCell>{texts.decisionOn}</TableCell>
            <TableCell>{texts.publicationEndsOn}</TableCell>
            <TableCell>{texts.status}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {records.map((record) => (
            <TableRow key={record.id} data-testid="credit-record">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{recordCategoryLabels[record.category]}</TableCell>
              <TableCell>
                <Tooltip title={record.content}>
                  <span>{record.title}</span>
                </Tooltip>
              </TableCell>
              <TableCell>{record.sourceDepartment}</TableCell>
              <TableCell>{record.decisionNumber ?? resultTexts.empty}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(record.decisionOn)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {record.publicationEndsOn === null ? resultTexts.empty : formatDate(record.publicationEndsOn)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {recordStatusLabels[record.status]}
                <ApplyRepairButton record={record} subject={subject} caseNumber={caseNumber} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
