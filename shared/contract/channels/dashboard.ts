import {
  DashboardFigures,
  DashboardFilter,
  DashboardRows,
  DashboardRowsRequest,
} from '../../domain/dashboard';
import { ExportFile } from '../../domain/export';
import { SUPERVISORS, channel } from './entry';

// The compliance dashboard (合规看板).
export const dashboardChannels = {
  /** 合规看板: checks per day and matter, hits, open feedback, approvals without a check, commitments, repairs. */
  'dashboard:get': channel({
    request: DashboardFilter,
    response: DashboardFigures,
    roles: SUPERVISORS,
    action: '查看合规看板',
    sample: {},
  }),
  /** The rows behind one figure of the dashboard (drill-down). */
  'dashboard:rows': channel({
    request: DashboardRowsRequest,
    response: DashboardRows,
    roles: SUPERVISORS,
    action: '查看合规看板',
    sample: { figure: 'checks' },
  }),
  /** The dashboard as an Excel workbook: a sheet per figure with its rows, captioned with period and filters. */
  'dashboard:export': channel({
    request: DashboardFilter,
    response: ExportFile,
    roles: SUPERVISORS,
    action: '导出合规看板',
    sample: { from: '2026-11-01', to: '2026-11-30' },
  }),
};
