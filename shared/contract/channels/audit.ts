import { AuditChainView, AuditExportRequest, AuditList, AuditListRequest } from '../../domain/audit';
import { ExportFile } from '../../domain/export';
import { Empty, SUPERVISORS, channel } from './entry';

// The audit log (审计日志).
export const auditChannels = {
  /** 审计日志 (supervisors): entries matching the filters, newest first, with the actors and actions for the filters. */
  'audit:list': channel({
    request: AuditListRequest,
    response: AuditList,
    roles: SUPERVISORS,
    action: '查看审计日志',
    sample: { caseNumber: 'SP-2026-0001', sortBy: 'actor', sortDirection: 'desc' },
  }),
  /** Every matching entry as CSV or Excel, with seq and hash so the export can be checked; the export is audited. */
  'audit:export': channel({
    request: AuditExportRequest,
    response: ExportFile,
    roles: SUPERVISORS,
    action: '导出审计日志',
    sample: { filters: {}, format: 'csv' },
  }),
  /** The chain verified again now, and how far the platform confirmed it (the last known answer when offline). */
  'audit:chain': channel({
    request: Empty,
    response: AuditChainView,
    roles: SUPERVISORS,
    action: '查看审计日志校验状态',
    sample: {},
  }),
};
