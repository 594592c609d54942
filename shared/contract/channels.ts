import { z } from 'zod';
import { AppInfo, ConnectivityStatus, Settings, SettingsUpdate } from '../domain/app';
import { AuditChainView, AuditExportRequest, AuditList, AuditListRequest } from '../domain/audit';
import { AuthStatus, SignInRequest, UnlockRequest } from '../domain/auth';
import { Catalogue, isoDate } from '../domain/catalogue';
import {
  CheckDetail,
  CheckList,
  CheckListRequest,
  CheckResult,
  CheckRunRequest,
  ExternalQueryRequest,
  FeedbackRequest,
} from '../domain/check';
import {
  CommitmentDetail,
  CommitmentDraft,
  CommitmentList,
  CommitmentListRequest,
  CommitmentRoute,
  CommitmentVerifyRequest,
} from '../domain/commitment';
import {
  FileAddRequest,
  FileAddResponse,
  RepairCandidate,
  RepairCreateRequest,
  RepairDetail,
  RepairList,
  RepairListRequest,
  RepairWindowStep,
} from '../domain/repair';
import { Sha256 } from '../domain/files';
import {
  InspectionDetail,
  InspectionDrawRequest,
  InspectionExportRequest,
  InspectionList,
  InspectionListRequest,
  InspectionPool,
  InspectionScope,
} from '../domain/inspection';
import {
  InspectionResultRequest,
  InspectionResults,
  InspectionResultsExportRequest,
  InspectionResultsRequest,
} from '../domain/inspection-result';
import { ExportFile } from '../domain/export';
import { DashboardFigures, DashboardFilter, DashboardRows, DashboardRowsRequest } from '../domain/dashboard';
import {
  IssuedReport,
  ReportIssueRequest,
  ReportList,
  ReportListRequest,
  ReportOutput,
} from '../domain/report';
import { ReportNumber } from '../report/model';
import { IdentifierKind, SubjectKind, SubjectSummary } from '../domain/subject';
import { EnrolRequest, ReviewItem, SyncStatus, SyncSummary } from '../domain/sync';

const Empty = z.object({}).strict();

/**
 * The one table of channels between the UI and the core. Both hosts (Electron main over ipcMain, the browser
 * host over loopback HTTP) bind exactly this table, the preload and the renderer's client derive from it.
 * Adding a channel: add it here, then write its handler in electron/core (the compiler lists what is missing).
 */
export const channels = {
  /** Version, host, data directory, cache freshness, settings and connectivity. */
  'app:info': { request: Empty, response: AppInfo },
  'app:connectivity': { request: Empty, response: ConnectivityStatus },
  /** Who is signed in on this device (null: nobody), and whether the session is locked. */
  'auth:status': { request: Empty, response: AuthStatus },
  /** Online at the enrolled platform first; the offline credential cache when it cannot be reached. */
  'auth:sign-in': { request: SignInRequest, response: AuthStatus },
  /** The signed-in user's password again, after the inactivity lock. */
  'auth:unlock': { request: UnlockRequest, response: AuthStatus },
  'auth:sign-out': { request: Empty, response: AuthStatus },
  /**
   * The first enrolment of a fresh device, from the sign-in screen: before it nobody can sign in online, and the
   * platform's one-time code is the credential. Refused once enrolled (re-enrolment is sync:enrol, admin only).
   */
  'auth:enrol': { request: EnrolRequest, response: AuthStatus },
  /** The renderer reports user activity (throttled), which postpones the inactivity lock. */
  'auth:touch': { request: Empty, response: Empty },
  'settings:update': { request: SettingsUpdate, response: Settings },
  /** Matter catalogue with categories, list types and measures in force. */
  'catalogue:get': { request: Empty, response: Catalogue },
  /** Partial-name (CJK included) or identifier-prefix search over the cached registry. */
  'subjects:search': {
    request: z.object({
      query: z.string().trim().min(1, '请输入名称或代码').max(100),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    response: z.object({ items: z.array(SubjectSummary) }),
  },
  /** The mandatory credit check (应查必查); every run is stored with its evidence snapshot. */
  'check:run': { request: CheckRunRequest, response: CheckResult },
  /** Record feedback (反馈) for one or more hits of a stored check. */
  'check:feedback': { request: FeedbackRequest, response: CheckDetail },
  'check:list': { request: CheckListRequest, response: CheckList },
  /** A stored check, as it was at check time, with its feedback. */
  'check:get': { request: z.object({ checkId: z.string().min(1) }), response: CheckDetail },
  /** Attach what an external query (信用中国, 信用河南 …) showed to a check of a subject not in the city's data. */
  'check:external-query': { request: ExternalQueryRequest, response: CheckDetail },
  /** Where the client stands with the city platform: enrolment, cursor, outbox, rejected entries, progress. */
  'sync:status': { request: Empty, response: SyncStatus },
  /** Push the outbox, pull the change feed, verify checksums; resolves when done (progress comes as events). */
  'sync:run': { request: Empty, response: SyncSummary },
  /** Enrol this client at a platform with a one-time code issued there. */
  'sync:enrol': { request: EnrolRequest, response: SyncStatus },
  /** Checks flagged 需复核 after a sync, open ones first. */
  'reviews:list': {
    request: z.object({ includeAcknowledged: z.boolean().default(false) }),
    response: z.object({ items: z.array(ReviewItem) }),
  },
  /** The clerk has looked at a flagged check again (复核完成). */
  'reviews:acknowledge': {
    request: z.object({ checkId: z.string().min(1) }),
    response: z.object({ open: z.number().int() }),
  },
  /**
   * Before a commitment is recorded: the committer's identifier checked, the registry subject if cached, whether
   * the route is open (告知承诺), and the proposed verification deadline for the given day.
   */
  'commitments:prepare': {
    request: z.object({
      identifier: z.string().trim().min(1, '请填写统一社会信用代码或身份证号码').max(64),
      madeOn: isoDate,
    }),
    response: z.object({
      identifier: z.string(),
      identifierKind: IdentifierKind,
      subject: z.object({ id: z.string(), name: z.string(), kind: SubjectKind }).nullable(),
      route: CommitmentRoute,
      verifyBy: isoDate,
    }),
  },
  /** Record a commitment; refused (COMMITMENT_ROUTE_BARRED) with the reasons where the route is barred. */
  'commitments:create': { request: CommitmentDraft, response: CommitmentDetail },
  /** Verification (核查) and fulfilment; a broken or false commitment becomes a credit record. */
  'commitments:verify': { request: CommitmentVerifyRequest, response: CommitmentDetail },
  'commitments:list': { request: CommitmentListRequest, response: CommitmentList },
  'commitments:get': { request: z.object({ id: z.string().min(1) }), response: CommitmentDetail },
  /** The records of a subject a repair may be applied for, each with its eligibility today. */
  'repairs:candidates': {
    request: z.object({ subjectId: z.string().min(1) }),
    response: z.object({ subject: SubjectSummary, candidates: z.array(RepairCandidate) }),
  },
  /** Take in an application at the window, with its files and its 信用修复承诺书. */
  'repairs:create': { request: RepairCreateRequest, response: RepairDetail },
  /** 受理 or 不予受理 a submitted application. */
  'repairs:step': { request: RepairWindowStep, response: RepairDetail },
  'repairs:list': { request: RepairListRequest, response: RepairList },
  'repairs:get': { request: z.object({ id: z.string().min(1) }), response: RepairDetail },
  /** Store a file content-addressed (base64 in, its sha256 out); uploaded with the next sync. */
  'files:add': { request: FileAddRequest, response: FileAddResponse },
  'files:get': {
    request: z.object({ sha256: Sha256 }),
    response: z.object({ sha256: Sha256, base64: z.string(), size: z.number().int() }),
  },
  /** Issue a public credit report (公共信用信息报告): numbered, hashed, stored as issued and queued for the platform. */
  'reports:issue': { request: ReportIssueRequest, response: IssuedReport },
  /** A stored report exactly as issued. */
  'reports:get': { request: z.object({ number: ReportNumber }), response: IssuedReport },
  /** Issued reports, newest first. */
  'reports:list': { request: ReportListRequest, response: ReportList },
  /** Record that a report was printed or saved as PDF (audit report.print / report.pdf). */
  'reports:printed': {
    request: z.object({ number: ReportNumber, how: ReportOutput }),
    response: z.object({ recorded: z.literal(true) }),
  },
  /**
   * Save the report on screen as PDF (Electron's printToPDF and a save dialog). The core answers
   * REPORT_PRINT_IN_BROWSER: in the browser host the browser prints itself; the desktop shell overrides it.
   */
  'reports:pdf': {
    request: z.object({ number: ReportNumber }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
  /** Print the report on screen with the system print dialog (desktop shell; the core answers as for reports:pdf). */
  'reports:print': {
    request: z.object({ number: ReportNumber }),
    response: z.object({ printed: z.boolean() }),
  },
  /** 双随机: the candidates of a region and matter by credit grade, with the ratios and the eligible inspectors. */
  'inspections:pool': { request: InspectionScope, response: InspectionPool },
  /** Draw subjects and two inspectors each from a recorded seed; stored append-only and queued for the platform. */
  'inspections:draw': { request: InspectionDrawRequest, response: InspectionDetail },
  'inspections:list': { request: InspectionListRequest, response: InspectionList },
  /** A stored draw with its published list, redone from its seed and pool (重现验证). */
  'inspections:get': { request: z.object({ id: z.string().min(1) }), response: InspectionDetail },
  /** The 随机抽取名单 (before any inspection) as CSV or Excel; Excel adds the annex 抽取方法说明. */
  'inspections:export': { request: InspectionExportRequest, response: ExportFile },
  /** A draw's subjects with their 检查结果 (current and earlier entries) and the 抽查结果公示 list. */
  'inspections:results': { request: InspectionResultsRequest, response: InspectionResults },
  /**
   * Record one drawn subject's 检查结果 (or correct it, as a new entry): stored append-only with its outbox row and
   * audit entry; answers the draw's results as they now stand.
   */
  'inspections:record-result': { request: InspectionResultRequest, response: InspectionResults },
  /** 抽查结果公示 (一公开) as CSV or Excel: only the results recorded. */
  'inspections:export-results': { request: InspectionResultsExportRequest, response: ExportFile },
  /** 合规看板: checks per day and matter, hits, open feedback, approvals without a check, commitments, repairs. */
  'dashboard:get': { request: DashboardFilter, response: DashboardFigures },
  /** The rows behind one figure of the dashboard (drill-down). */
  'dashboard:rows': { request: DashboardRowsRequest, response: DashboardRows },
  /** The dashboard as an Excel workbook: a sheet per figure with its rows, captioned with period and filters. */
  'dashboard:export': { request: DashboardFilter, response: ExportFile },
  /** 审计日志 (supervisors): entries matching the filters, newest first, with the actors and actions for the filters. */
  'audit:list': { request: AuditListRequest, response: AuditList },
  /** Every matching entry as CSV or Excel, with seq and hash so the export can be checked; the export is audited. */
  'audit:export': { request: AuditExportRequest, response: ExportFile },
  /** The chain verified again now, and how far the platform confirmed it (the last known answer when offline). */
  'audit:chain': { request: Empty, response: AuditChainView },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type Channel = keyof Channels;
/** What a caller sends (defaults not yet applied). */
export type RequestOf<C extends Channel> = z.input<Channels[C]['request']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedRequestOf<C extends Channel> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Channels[C]['response']>;

export const channelNames = Object.keys(channels) as Channel[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
