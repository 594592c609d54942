import { z } from 'zod';
import { AppInfo, ConnectivityStatus, Settings, SettingsUpdate } from '../domain/app';
import { Catalogue, isoDate } from '../domain/catalogue';
import {
  CheckDetail,
  CheckList,
  CheckListRequest,
  CheckResult,
  CheckRunRequest,
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
