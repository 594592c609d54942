import { z } from 'zod';
import { ExportFile } from '../../domain/export';
import {
  InspectionDetail,
  InspectionDrawRequest,
  InspectionExportRequest,
  InspectionList,
  InspectionListRequest,
  InspectionPool,
  InspectionScope,
} from '../../domain/inspection';
import {
  InspectionResultRequest,
  InspectionResults,
  InspectionResultsExportRequest,
  InspectionResultsRequest,
} from '../../domain/inspection-result';
import { SUPERVISORS, channel } from './entry';

// 双随机 draws and their inspection results.
export const inspectionChannels = {
  /** 双随机: the candidates of a region and matter by credit grade, with the ratios and the eligible inspectors. */
  'inspections:pool': channel({
    request: InspectionScope,
    response: InspectionPool,
    roles: SUPERVISORS,
    action: '查看双随机抽查对象',
    sample: { regionCode: '410402', matterCode: 'PDS-XK-002' },
  }),
  /** Draw subjects and two inspectors each from a recorded seed; stored append-only and queued for the platform. */
  'inspections:draw': channel({
    request: InspectionDrawRequest,
    response: InspectionDetail,
    roles: SUPERVISORS,
    action: '进行双随机抽取',
    sample: { regionCode: '410402', matterCode: 'PDS-XK-002', seed: 'seed-1' },
  }),
  'inspections:list': channel({
    request: InspectionListRequest,
    response: InspectionList,
    roles: SUPERVISORS,
    action: '查看双随机抽查记录',
    sample: {},
  }),
  /** A stored draw with its published list, redone from its seed and pool (重现验证). */
  'inspections:get': channel({
    request: z.object({ id: z.string().min(1) }),
    response: InspectionDetail,
    roles: SUPERVISORS,
    action: '查看双随机抽查记录',
    sample: { id: 'draw-1' },
  }),
  /** The 随机抽取名单 (before any inspection) as CSV or Excel; Excel adds the annex 抽取方法说明. */
  'inspections:export': channel({
    request: InspectionExportRequest,
    response: ExportFile,
    roles: SUPERVISORS,
    action: '导出随机抽取名单',
    sample: { id: 'draw-1', format: 'csv' },
  }),
  /** A draw's subjects with their 检查结果 (current and earlier entries) and the 抽查结果公示 list. */
  'inspections:results': channel({
    request: InspectionResultsRequest,
    response: InspectionResults,
    // Results are recorded by the supervising office (the drawing office's supervisors) and read by the same roles
    // as the draw: the list they publish is public once printed, the entries behind it (who recorded, corrections,
    // substitutions) are internal records.
    roles: SUPERVISORS,
    action: '查看抽查检查结果',
    sample: { drawId: 'draw-1' },
  }),
  /**
   * Record one drawn subject's 检查结果 (or correct it, as a new entry): stored append-only with its outbox row and
   * audit entry; answers the draw's results as they now stand.
   */
  'inspections:record-result': channel({
    request: InspectionResultRequest,
    response: InspectionResults,
    roles: SUPERVISORS,
    action: '录入抽查检查结果',
    sample: {
      drawId: 'draw-1',
      subjectId: 's-1',
      inspectedOn: '2026-12-03',
      inspectorIds: ['insp-410402-1', 'insp-410402-2'],
      outcomeCode: 'no-problem',
    },
  }),
  /** 抽查结果公示 (一公开) as CSV or Excel: only the results recorded. */
  'inspections:export-results': channel({
    request: InspectionResultsExportRequest,
    response: ExportFile,
    roles: SUPERVISORS,
    action: '导出抽查结果公示',
    sample: { drawId: 'draw-1', format: 'xlsx' },
  }),
};
