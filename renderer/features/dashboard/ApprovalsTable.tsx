import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ApprovalWithoutCheck } from '../../../shared/domain/dashboard';
import { regionName } from '../../../shared/domain/regions';
import { formatDate, formatDateTime } from '../../app/format';
import { dashboardTexts } from './texts';

/** Approvals without a check: they have no page of their own, so their rows are shown here. */
export const ApprovalsTable = ({ items }: { items: readonly ApprovalWithoutCheck[] }) => {
  const texts = dashboardTexts.approvals;
  return (
    <Table size="small" data-testid="dashboard-approvals-table">
      <TableHead>
        <TableRow>
          <TableCell>{texts.decisionOn}</TableCell>
          <TableCell>{texts.subject}</TableCell>
          <TableCell>{texts.title}</TableCell>
          <TableCell>{texts.decisionNumber}</TableCell>
          <TableCell>{texts.department}</TableCell>
          <TableCell>{texts.region}</TableCell>
          <TableCell>{texts.lastChecked}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.recordId}>
            <TableCell>{formatDate(item.decisionOn)}</TableCell>
            <TableCell>
              {item.subjectName}
              <br />
              {item.identifierMasked}
            </TableCell>
            <TableCell>{item.title}</TableCell>
            <TableCell>{item.decisionNumber ?? ''}</TableCell>
            <TableCell>{item.sourceDepartment}</TableCell>
            <TableCell>{regionName(item.regionCode)}</TableCell>
            <TableCell>
              {item.lastCheckedAt === null ? texts.never : formatDateTime(item.lastCheckedAt)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
