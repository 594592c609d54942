import { z } from 'zod';
import { freeText } from '../domain/free-text';
import { isoDateTime } from '../domain/catalogue';
import { RepairApplication } from '../domain/repair';
import { RepairState } from '../repair/state-machine';
import { SyncedTable } from './synced';

/**
 * The city platform's HTTP contract (/api/v1). The reference server in platform/ implements it; the client's
 * sync engine (electron/core/sync) speaks it; any city deployment must honour it.
 *
 * Auth: every route but health, enrol and login needs `Authorization: Bearer <deviceToken>`.
 * Errors: a non-2xx status with a body `{ code, message }` (message in Chinese).
 */
export const PLATFORM_PREFIX = '/api/v1';

export const platformRoutes = {
  health: `${PLATFORM_PREFIX}/health`,
  enrol: `${PLATFORM_PREFIX}/devices/enrol`,
  login: `${PLATFORM_PREFIX}/auth/login`,
  changes: `${PLATFORM_PREFIX}/changes`,
  outbox: `${PLATFORM_PREFIX}/outbox`,
  files: `${PLATFORM_PREFIX}/files`,
  snapshot: `${PLATFORM_PREFIX}/snapshot`,
  tableRows: `${PLATFORM_PREFIX}/tables`,
  deviceSelf: `${PLATFORM_PREFIX}/devices/me`,
  /** POST: a device whose token the platform rotates fetches its new token here (device token). */
  deviceToken: `${PLATFORM_PREFIX}/devices/me/token`,
  /** GET (list), POST devices/<id>/revoke, POST devices/<id>/rotate-token — administrators (HTTP Basic). */
  devices: `${PLATFORM_PREFIX}/devices`,
  repairs: `${PLATFORM_PREFIX}/repairs`,
  rules: `${PLATFORM_PREFIX}/rules`,
  /** GET: what the platform verified of this device's audit hash chain (device token). */
  auditChain: `${PLATFORM_PREFIX}/audit/chain`,
  /** GET reports/<number>/verification?hash= — public (shared/platform-api/report.ts). */
  reports: `${PLATFORM_PREFIX}/reports`,
  /** GET /verify/<number>?h=<hash> — public human page (plain Chinese HTML) the report's QR code opens. */
  reportVerifyPage: '/verify',
  /** GET inspections/results — 双随机 results for the city's reviewers (shared/platform-api/inspection.ts). */
  inspections: `${PLATFORM_PREFIX}/inspections`,
  /** GET /public/commitments?q=&page= — public human page of the published commitments (plain Chinese HTML). */
  publicCommitmentsPage: '/public/commitments',
  /** GET public/commitments?q=&page= — the same listing as JSON, public (commitment-publication.ts). */
  publicCommitments: `${PLATFORM_PREFIX}/public/commitments`,
  /**
   * Reviewers (HTTP Basic, supervisor or admin): GET commitment-publication/export[?since=] (CSV for 信用中国),
   * GET commitment-publication/withdrawn, POST commitment-publication/<id>/withdraw and …/<id>/republish.
   */
  commitmentPublication: `${PLATFORM_PREFIX}/commitment-publication`,
  /** POST: query 信用中国 / 信用河南 about a subject through the platform's adapter (device token; ./external-query.ts). */
  externalQueries: `${PLATFORM_PREFIX}/external-queries`,
  /** GET feedback-deliveries?after= — this device's feedback on its way to the province (device token). */
  feedbackDeliveries: `${PLATFORM_PREFIX}/feedback-deliveries`,
  /** GET objections?state= and POST objections/<id>/steps — reviewers (shared/platform-api/objections.ts). */
  objections: `${PLATFORM_PREFIX}/objections`,
  /**
   * GET changes/wait?after=<seq>&timeout=<seconds> — long-poll (device token): answers `ChangesWaitResponse` as
   * soon as the feed's newest seq is past `after`, or after `timeout` seconds (1–55, default 25) with the newest
   * seq as it is then. An older platform answers 404: the client then syncs on its timer only.
   */
  changesWait: `${PLATFORM_PREFIX}/changes/wait`,
} as const;

export const PlatformError = z.object({ code: z.string(), message: z.string() });
export type PlatformError = z.infer<typeof PlatformError>;

/**
 * GET health — no auth. demo: the platform runs in demo mode (`--demo`: the demo data set and the published demo
 * accounts); a client in 培训模式 talks only to such a platform (absent: an older platform, not a demo one).
 */
export const Health = z.object({
  status: z.literal('ok'),
  serverTime: isoDateTime,
  version: z.string(),
  demo: z.boolean().optional(),
});
export type Health = z.infer<typeof Health>;

/** POST devices/enrol — a one-time code issued by the platform CLI buys a device token. */
export const EnrolRequest = z.object({
  code: z.string().trim().min(6).max(64),
  deviceName: freeText({ max: 100, tooLong: '设备名称过长' }).min(1, '请填写设备名称'),
});
/**
 * deviceNumber (1–999, unique in the city) is the first half of the serial of every commitment code the device
 * issues, so offline devices never collide (shared/commitment/code.ts).
 */
/** The office a device works for (受理单位 code and name, 6-digit district), as the operator named it. */
export const DeviceUnit = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  districtCode: z.string().regex(/^\d{6}$/),
});
export type DeviceUnit = z.infer<typeof DeviceUnit>;
/**
 * unit: the office the enrolment code named (null: none; absent from a platform older than units). The platform
 * takes only workflow items of that unit from the device, so the client makes it its 受理单位.
 */
export const EnrolResponse = z.object({
  deviceId: z.string(),
  deviceToken: z.string(),
  deviceNumber: z.number().int().min(1).max(999),
  unit: DeviceUnit.nullable().optional(),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;
/** GET devices/me — the device's own record (a client enrolled before device numbers asks for its number). */
export const DeviceSelf = z.object({
  deviceId: z.string(),
  name: z.string(),
  deviceNumber: z.number().int().min(1).max(999),
  /** The platform rotates this device's token: fetch the new one (POST devices/me/token). Absent: no. */
  tokenRotationRequested: z.boolean().optional(),
});
export type DeviceSelf = z.infer<typeof DeviceSelf>;

/** POST devices/me/token — the new token, answered until the device first uses it (then the old one is refused). */
export const RotatedToken = z.object({ deviceToken: z.string().min(32) });
export type RotatedToken = z.infer<typeof RotatedToken>;

/** GET devices (administrators): the enrolled devices and their state. */
export const DeviceRecord = z.object({
  deviceId: z.string(),
  name: z.string(),
  deviceNumber: z.number().int().nullable(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
  rotationRequestedAt: z.string().nullable(),
});
export type DeviceRecord = z.infer<typeof DeviceRecord>;

export const roles = ['clerk', 'supervisor', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** POST auth/login — needs the device token; on success the client may cache a slow salted hash for offline sign-in. */
export const LoginRequest = z.object({
  username: z.string().min(1).max(50),
  password: z.string().min(1).max(200),
});
export const PlatformUser = z.object({
  username: z.string(),
  displayName: z.string(),
  role: Role,
  department: z.string(),
  districtCode: z.string(),
});
export type PlatformUser = z.infer<typeof PlatformUser>;
/**
 * Issued at each online sign-in, bound to the user and the signing-in device, good until `expiresAt` (30 days:
 * days of offline work). The client keeps it with the user's offline credential and sends it with every
 * workflow entry that user made (OutboxEntry.user); the platform keeps only its hash.
 */
export const UserToken = z.object({ token: z.string().min(1).max(200), expiresAt: isoDateTime });
export type UserToken = z.infer<typeof UserToken>;
export const LoginResponse = z.object({ user: PlatformUser, userToken: UserToken });
export type LoginResponse = z.infer<typeof LoginResponse>;

// The synced tables are declared once each in ./synced (their rows, keys and mappers); the API names them.
export { SyncedTable, syncedTables } from './synced';

/**
 * GET changes?after=<seq>&limit=<n> — newline-delimited JSON, streamed: one `Change` a line in seq order, then
 * one `FeedEnd` line. `row` holds the table's columns exactly as in the client's cache (snake_case; measures
 * carry `matter_categories` as an array); deletes are tombstones with `row: null`.
 */
export const Change = z.object({
  seq: z.number().int().positive(),
  table: SyncedTable,
  op: z.enum(['upsert', 'delete']),
  key: z.string(),
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof Change>;
export const FeedEnd = z.object({
  end: z.literal(true),
  /** The cursor to ask from next time (the last seq of this page, or `after` if the page was empty). */
  next: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The platform's newest seq: how far behind the client is. */
  latest: z.number().int().nonnegative(),
});
export type FeedEnd = z.infer<typeof FeedEnd>;
export const FEED_PAGE_MAX = 10_000;

/** What a client sends up: its own evidence. Kinds grow with later capabilities. */
export const outboxKinds = [
  'check.recorded',
  'feedback.recorded',
  'audit.appended',
  /** payload: Commitment (shared/domain/commitment.ts) at version 1. */
  'commitment.created',
  /** payload: CommitmentVerifiedPayload. */
  'commitment.verified',
  /** payload: RepairApplication at version 1, its files uploaded before. */
  'repair.created',
  /** payload: RepairSteppedPayload (受理 / 不予受理 of a submitted application). */
  'repair.stepped',
  /** payload: ReportIssuedPayload (shared/platform-api/report.ts): a public credit report issued at the window. */
  'report.issued',
  /** payload: InspectionDrawRecord (shared/domain/inspection.ts): a 双随机 draw, evidence kept as sent. */
  'inspection.drawn',
  /** payload: ExternalQueryRecord (shared/domain/check.ts): an external query attached to a check, files first. */
  'check.external-query',
  /**
   * payload: InspectionResultRecord (shared/domain/inspection-result.ts): one drawn subject's 检查结果 (a correction
   * is a new entry); refused unless its draw came from the same device and drew that subject.
   */
  'inspection.result-recorded',
  /** payload: ObjectionCreatedPayload (shared/platform-api/objections.ts): an objection taken in, files first. */
  'objection.created',
  /** payload: ObjectionSteppedPayload: 撤回 at the window. */
  'objection.stepped',
] as const;
export const OutboxKind = z.enum(outboxKinds);
export type OutboxKind = z.infer<typeof OutboxKind>;

/** POST outbox — idempotent per (device, mutationId); mutation ids increase per device. */
/**
 * The person who made a workflow entry: their username and the user token the platform issued at their online
 * sign-in on this device. Required with the workflow kinds (commitment.*, repair.*): the platform refuses an
 * entry whose token is not that user's on that device, has expired, or whose user is inactive, lacks the role or
 * works for another unit. Not part of the entry's identity (a retry may carry a newer token).
 */
export const EntryUser = z.object({ username: z.string().min(1).max(50), token: z.string().min(1).max(200) });
export type EntryUser = z.infer<typeof EntryUser>;
export const OutboxEntry = z.object({
  mutationId: z.number().int().positive(),
  kind: OutboxKind,
  createdAt: isoDateTime,
  payload: z.unknown(),
  user: EntryUser.optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;
export const PushRequest = z.object({ entries: z.array(OutboxEntry).min(1).max(500) });
export const PushResult = z.discriminatedUnion('status', [
  z.object({ mutationId: z.number().int(), status: z.literal('applied') }),
  z.object({ mutationId: z.number().int(), status: z.literal('duplicate') }),
  z.object({
    mutationId: z.number().int(),
    status: z.literal('rejected'),
    code: z.string(),
    message: z.string(),
  }),
  z.object({ mutationId: z.number().int(), status: z.literal('conflict'), serverVersion: z.unknown() }),
]);
export type PushResult = z.infer<typeof PushResult>;
export const PushResponse = z.object({ results: z.array(PushResult), serverTime: isoDateTime });
export type PushResponse = z.infer<typeof PushResponse>;

/** PUT files/<sha256> with the raw bytes (refused unless they hash to the name); HEAD files/<sha256> → 200/404. */
export { Sha256 } from '../domain/files';

/** GET snapshot — per synced table a row count and an order-independent hash (shared/platform-api/checksum.ts). */
export const TableChecksum = z.object({ count: z.number().int().nonnegative(), hash: z.string() });
export const Snapshot = z.object({
  seq: z.number().int().nonnegative(),
  tables: z.record(SyncedTable, TableChecksum),
});
export type Snapshot = z.infer<typeof Snapshot>;
/**
 * GET tables/<table> — every current row of one table as NDJSON `{ key, row }` lines, for anti-entropy repair,
 * then one `TableEnd` line: without it the stream was cut, and the client must not delete the rows it did not see.
 */
export const TableRow = z.object({ key: z.string(), row: z.record(z.string(), z.unknown()) });
export type TableRow = z.infer<typeof TableRow>;
export const TableEnd = z.object({ end: z.literal(true), count: z.number().int().nonnegative() });

/**
 * GET repairs?state= and POST repairs/<id>/steps — the platform's reviewers (users with the supervisor or admin
 * role, HTTP Basic) review and decide; the result reaches the clients through the feed.
 */
export const ReviewerStepRequest = z.object({
  event: z.enum(['start-review', 'grant', 'deny']),
  reason: freeText({ max: 1000, tooLong: '说明不能超过1000字', multiline: true }).nullable().default(null),
  /** Required with grant: what happens to the record. */
  outcome: z
    .enum(['stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete'])
    .nullable()
    .default(null),
  /** The version the reviewer saw; another change meanwhile is a 409. */
  baseVersion: z.number().int().positive().optional(),
});
export type ReviewerStepRequest = z.input<typeof ReviewerStepRequest>;
export const RepairsQuery = z.object({ state: RepairState.optional() });
export const RepairsResponse = z.object({ applications: z.array(RepairApplication) });
export type RepairsResponse = z.infer<typeof RepairsResponse>;
/** 200 with the application after the step; 409 VERSION_CONFLICT carries `serverVersion` (the current one). */
export const ReviewStepResponse = z.object({ application: RepairApplication });
export type ReviewStepResponse = z.infer<typeof ReviewStepResponse>;

/** PUT rules/<id> (admin, HTTP Basic): a new content for a rule table, validated against its schema. */
export const ruleTableIds = [
  'repair-regimes',
  'holiday-calendar',
  'commitment-rules',
  'inspection-ratios',
  'inspector-roster',
  'check-policy',
  'grade-policy',
  'record-rules',
  'commitment-publication',
  'provincial-feedback',
  'objection-policy',
] as const;
export const RuleTableId = z.enum(ruleTableIds);
export type RuleTableId = z.infer<typeof RuleTableId>;
export const RuleTablePut = z.object({ content: z.unknown() });
/** `changed` is false when the content was already in force (no feed change written). */
export const RuleTablePutResponse = z.object({ id: RuleTableId, version: z.string(), changed: z.boolean() });
export type RuleTablePutResponse = z.infer<typeof RuleTablePutResponse>;

/** One break the platform found in a device's audit chain: where, what (in Chinese for people), when found. */
export const AuditChainBreak = z.object({
  seq: z.number().int().positive(),
  reason: z.enum(['altered', 'removed', 'reordered', 'inserted']),
  message: z.string(),
  at: isoDateTime,
});
export type AuditChainBreak = z.infer<typeof AuditChainBreak>;

/**
 * GET audit/chain — the platform's check of the calling device's audit hash chain (node-shared/audit/chain.ts),
 * link by link as entries arrive. `confirmedSeq`/`confirmedHash` are the head: the newest entry the platform
 * placed in the chain (0 before the first); with no break, every entry up to it linked. `breaks` lists every
 * break found, in seq order (verification goes on after a break, so a second tampering is not hidden behind the
 * first); `broken` is the first of them, as older clients read it. Entries are stored all the same.
 */
export const AuditChainHead = z.object({
  deviceId: z.string(),
  confirmedSeq: z.number().int().nonnegative(),
  confirmedHash: z.string().nullable(),
  broken: AuditChainBreak.nullable(),
  /** Absent from a platform that kept only the first break. */
  breaks: z.array(AuditChainBreak).default([]),
  received: z.number().int().nonnegative(),
});
export type AuditChainHead = z.infer<typeof AuditChainHead>;

/** GET changes/wait — the feed's newest seq, once past the client's `after` or at the timeout (maybe == after). */
export const ChangesWaitResponse = z.object({ latest: z.number().int().nonnegative() });
export type ChangesWaitResponse = z.infer<typeof ChangesWaitResponse>;
/** The seconds a changes/wait may hold the request: under the 60 s idle timeouts of common proxies. */
export const CHANGES_WAIT_SECONDS = { min: 1, max: 55, default: 25 } as const;
