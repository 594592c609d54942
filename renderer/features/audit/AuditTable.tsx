import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AuditListItem } from '../../../shared/domain/audit';
import { formatDateTime } from '../../app/format';
import { auditPageTexts, auditTargetLabel } from './texts';

/** The entries of one page; the target's id is shown under its kind, shortened (the full one is in the export). */
export const AuditTable = ({ items }: { items: readonly AuditListItem[] }) => {
  const columns = auditPageTexts.columns;
  return (
    <Table data-testid="audit-table" size="small" stickyHeader sx={{ '& th': { whiteSpace: 'nowrap' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{columns.seq}</TableCell>
          <TableCell>{columns.at}</TableCell>
          <TableCell>{columns.actor}</TableCell>
          <TableCell>{columns.action}</TableCell>
          <TableCell>{columns.target}</TableCell>
          <TableCell>{columns.caseNumber}</TableCell>
          <TableCell>{columns.purpose}</TableCell>
          <TableCell>{columns.summary}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.seq} data-testid="audit-row" data-action={item.action} data-seq={item.seq}>
            <TableCell>{item.seq}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.at)}</TableCell>
            <TableCell data-testid="audit-actor">{item.actor}</TableCell>
            <TableCell data-testid="audit-action">{item.actionLabel}</TableCell>
            {/* The target's internal id is not for people: the summary names what the entry is about. */}
            <TableCell>{auditTargetLabel(item.targetType)}</TableCell>
            <TableCell data-testid="audit-case">{item.caseNumber ?? ''}</TableCell>
            <TableCell>{item.purpose ?? ''}</TableCell>
            <TableCell sx={{ maxWidth: 360, wordBreak: 'break-all' }}>{item.summary}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
