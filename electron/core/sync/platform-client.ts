import axios, { AxiosError, type AxiosInstance } from 'axios';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import {
  AuditChainHead,
  ChangesWaitResponse,
  DeviceSelf,
  EnrolResponse,
  FeedEnd,
  Health,
  LoginResponse,
  PlatformError,
  PushResponse,
  RotatedToken,
  Snapshot,
  TableEnd,
  TableRow,
  platformRoutes,
  syncedTables,
  type Change,
  type OutboxEntry,
  type SyncedTable,
} from '../../../shared/platform-api/api';
import { platformUrlProblem, type PlatformTarget } from '../../../shared/domain/deployment';
import { ExternalQueryReply, type ExternalAsk } from '../../../shared/platform-api/external-query';
import { FeedbackDeliveriesResponse } from '../../../shared/platform-api/feedback-deliveries';
import { isUntrustedPlatform, PIN_MISMATCH, platformAgent } from './platform-tls';
import { parseRetryAfter } from './backoff';

export const FEED_WAIT_UNSUPPORTED = 'FEED_WAIT_UNSUPPORTED';
// The platform holds a wait up to `seconds`; this much more covers the answer's way back.
const WAIT_MARGIN_MS = 10_000;

/** A failed exchange with the platform; `retryable` says whether trying again may help. */
export class PlatformRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    /** How long the platform asked to be left alone (its Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export type Page = { changes: Change[]; end: FeedEnd };

export type PlatformClient = {
  health: () => Promise<{ health: Health; offsetMs: number }>;
  enrol: (code: string, deviceName: string) => Promise<EnrolResponse>;
  /** GET devices/me: this device's record at the platform (its number, for one enrolled before numbers). */
  self: () => Promise<DeviceSelf>;
  /** POST devices/me/token: the new token of a rotation the platform asked for (devices/me says so). */
  rotateToken: () => Promise<RotatedToken>;
  /**
   * POST auth/login: the user's record and the user token for this device if the platform accepts the password
   * (LOGIN_FAILED, not retryable, if not).
   */
  login: (username: string, password: string) => Promise<LoginResponse>;
  pullPage: (after: number, limit: number) => Promise<Page>;
  /**
   * GET changes/wait: the feed's newest seq once past `after`, or after `seconds`. A platform older than the route
   * answers 404: FEED_WAIT_UNSUPPORTED, not retryable. `signal` ends the wait early (the client stops).
   */
  waitForChanges: (after: number, seconds: number, signal?: AbortSignal) => Promise<number>;
  push: (entries: OutboxEntry[]) => Promise<PushResponse>;
  snapshot: () => Promise<Snapshot>;
  /** GET audit/chain: how far the platform has verified this device's audit hash chain. */
  auditChain: () => Promise<AuditChainHead>;
  /** GET feedback-deliveries: this device's feedback on its way to the province, changed after `after`. */
  feedbackDeliveries: (after: number) => Promise<FeedbackDeliveriesResponse>;
  tableRows: (table: SyncedTable, onRow: (row: TableRow) => void) => Promise<void>;
  /** HEAD files/<sha256>: whether the platform holds the file already. */
  hasFile: (sha256: string) => Promise<boolean>;
  /** PUT files/<sha256> with the raw bytes (the platform checks them against the name). */
  putFile: (sha256: string, bytes: Buffer) => Promise<void>;
  /**
   * POST external-queries: the platform asks 信用中国 / 信用河南 through its adapter. Every refusal comes with the
   * platform's own code and Chinese message, a 5xx too (the site's failure, said so by the platform).
   */
  externalQuery: (ask: ExternalAsk) => Promise<ExternalQueryReply>;
};

function toRequestError(error: unknown): PlatformRequestError {
  if (error instanceof PlatformRequestError) return error;
  if (error instanceof AxiosError) {
    if (error.code === PIN_MISMATCH)
      return new PlatformRequestError(
        PIN_MISMATCH,
        '市平台证书的公钥与部署配置中的指纹不符，已拒绝连接（可能不是本市平台）',
        false,
      );
    if (isUntrustedPlatform(error.code))
      return new PlatformRequestError(
        'PLATFORM_UNTRUSTED',
        '市平台的证书未通过市 CA 验证，已拒绝连接（可能不是本市平台）',
        false,
      );
    const status = error.response?.status;
    const body = PlatformError.safeParse(error.response?.data);
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(error.response?.headers['retry-after']) : undefined;
    // A 429 the platform explains (a login lockout, its share of password checks or feed streams taken): its
    // own code and words, still worth trying again later.
    if (status === 429 && body.success)
      return new PlatformRequestError(body.data.code, body.data.message, true, retryAfterMs);
    if (status !== undefined && status < 500 && status !== 408 && status !== 429) {
      return new PlatformRequestError(
        body.success ? body.data.code : `HTTP_${status}`,
        body.success ? body.data.message : `市平台拒绝了请求（HTTP ${status}）`,
        false,
      );
    }
    return new PlatformRequestError(
      status === undefined ? (error.code ?? 'NETWORK') : `HTTP_${status}`,
      status === undefined ? '无法连接市平台' : `市平台暂时无法处理请求（HTTP ${status}）`,
      true,
      retryAfterMs,
    );
  }
  if (error instanceof SyntaxError)
    return new PlatformRequestError('FEED_TRUNCATED', '同步数据不完整，将重试', true);
  return new PlatformRequestError('NETWORK', error instanceof Error ? error.message : String(error), true);
}

const tables = new Set<string>(Object.keys(syncedTables));

/**
 * The shape check of one feed line. Hand-written rather than zod because it runs for every row of a city
 * (millions at an initial sync); the row's columns are then checked by the cache's STRICT tables.
 */
function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    typeof change.seq === 'number' &&
    Number.isInteger(change.seq) &&
    typeof change.table === 'string' &&
    tables.has(change.table) &&
    (change.op === 'upsert' || change.op === 'delete') &&
    typeof change.key === 'string' &&
    (change.row === null || (typeof change.row === 'object' && !Array.isArray(change.row)))
  );
}

/**
 * Reads newline-delimited JSON from a response stream, one parsed value per line. Split by hand rather than with
 * readline: an initial sync reads millions of lines, and readline's events and async iteration cost more than
 * the parsing.
 */
async function readLines(stream: Readable, onLine: (value: unknown) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const parse = (line: string): void => {
    if (line.trim() !== '') onLine(JSON.parse(line));
  };
  for await (const chunk of stream) {
    const text = rest + decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      parse(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  parse(rest + decoder.end());
}

/**
 * The client's side of shared/platform-api/api.ts, over axios. Streams are read line by line; a page counts only if
 * its closing line arrived, so a truncated body is a retryable failure and never a half-applied page.
 *
 * Only to the configured platform, proven by TLS (platform-tls.ts): plain http to anything but loopback is refused
 * before a connection is opened, and redirects are not followed (a trusted platform cannot send us elsewhere).
 */
export function createPlatformClient(options: {
  target: PlatformTarget;
  token?: string | null;
  timeoutMs?: number;
}): PlatformClient {
  const refused = platformUrlProblem(options.target.url);
  const http: AxiosInstance = axios.create({
    baseURL: options.target.url,
    timeout: options.timeoutMs ?? 15_000,
    headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
    httpsAgent: platformAgent(options.target),
    maxRedirects: 0,
    // axios sends an https request to an HTTP proxy in clear, as a proxy request: never through one.
    proxy: false,
    // The platform's answers are not cached anywhere along the way.
    transitional: { clarifyTimeoutError: true },
  });
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    if (refused !== null) throw new PlatformRequestError(refused.code, refused.message, false);
    try {
      return await run();
    } catch (error) {
      throw toRequestError(error);
    }
  };
  return {
    health: () =>
      call(async () => {
        const sent = Date.now();
        const response = await http.get(platformRoutes.health);
        const received = Date.now();
        const health = Health.parse(response.data);
        // Clock drift on county PCs is recorded, never fatal: the midpoint of the exchange is our estimate.
        return { health, offsetMs: Date.parse(health.serverTime) - (sent + received) / 2 };
      }),
    enrol: (code, deviceName) =>
      call(async () =>
        EnrolResponse.parse((await http.post(platformRoutes.enrol, { code, deviceName })).data),
      ),
    self: () => call(async () => DeviceSelf.parse((await http.get(platformRoutes.deviceSelf)).data)),
    rotateToken: () =>
      call(async () => RotatedToken.parse((await http.post(platformRoutes.deviceToken, {})).data)),
    login: (username, password) =>
      call(async () =>
        LoginResponse.parse((await http.post(platformRoutes.login, { username, password })).data),
      ),
    pullPage: (after, limit) =>
      call(async () => {
        const response = await http.get<Readable>(platformRoutes.changes, {
          params: { after, limit },
          responseType: 'stream',
        });
        const changes: Change[] = [];
        let end: FeedEnd | null = null;
        await readLines(response.data, (value) => {
          if (end !== null) throw new PlatformRequestError('FEED_MALFORMED', '同步数据格式不正确', true);
          if (isChange(value)) {
            changes.push(value);
            return;
          }
          const closing = FeedEnd.safeParse(value);
          if (!closing.success) throw new PlatformRequestError('FEED_MALFORMED', '同步数据格式不正确', false);
          end = closing.data;
        });
        if (end === null) throw new PlatformRequestError('FEED_TRUNCATED', '同步数据不完整，将重试', true);
        return { changes, end };
      }),
    waitForChanges: (after, seconds, signal) =>
      call(async () => {
        const response = await http.get(platformRoutes.changesWait, {
          params: { after, timeout: seconds },
          timeout: seconds * 1000 + WAIT_MARGIN_MS,
          validateStatus: (status) => status === 200 || status === 404,
          ...(signal === undefined ? {} : { signal }),
        });
        if (response.status === 404)
          throw new PlatformRequestError(FEED_WAIT_UNSUPPORTED, '市平台不支持实时同步，将定时同步', false);
        return ChangesWaitResponse.parse(response.data).latest;
      }),
    push: (entries) =>
      call(async () => PushResponse.parse((await http.post(platformRoutes.outbox, { entries })).data)),
    snapshot: () => call(async () => Snapshot.parse((await http.get(platformRoutes.snapshot)).data)),
    auditChain: () =>
      call(async () => AuditChainHead.parse((await http.get(platformRoutes.auditChain)).data)),
    feedbackDeliveries: (after) =>
      call(async () =>
        FeedbackDeliveriesResponse.parse(
          (await http.get(platformRoutes.feedbackDeliveries, { params: { after } })).data,
        ),
      ),
    hasFile: (sha256) =>
      call(async () => {
        const response = await http.head(`${platformRoutes.files}/${sha256}`, {
          validateStatus: (status) => status === 200 || status === 404,
        });
        return response.status === 200;
      }),
    putFile: (sha256, bytes) =>
      call(async () => {
        await http.put(`${platformRoutes.files}/${sha256}`, bytes, {
          headers: { 'Content-Type': 'application/octet-stream' },
          maxBodyLength: Infinity,
        });
      }),
    externalQuery: (ask) =>
      call(async () => {
        try {
          const reply = ExternalQueryReply.safeParse(
            (await http.post(platformRoutes.externalQueries, ask)).data,
          );
          if (!reply.success)
            throw new PlatformRequestError('EXTERNAL_MALFORMED', '市平台的答复无法识别', false);
          return reply.data;
        } catch (error) {
          const body = error instanceof AxiosError ? PlatformError.safeParse(error.response?.data) : null;
          const status = error instanceof AxiosError ? (error.response?.status ?? 0) : 0;
          if (body?.success === true)
            throw new PlatformRequestError(
              body.data.code,
              body.data.message,
              status >= 500 || status === 429,
            );
          throw error;
        }
      }),
    tableRows: (table, onRow) =>
      call(async () => {
        const response = await http.get<Readable>(`${platformRoutes.tableRows}/${table}`, {
          responseType: 'stream',
        });
        let ended = false;
        await readLines(response.data, (value) => {
          const row = TableRow.safeParse(value);
          if (row.success && !ended) onRow(row.data);
          else if (TableEnd.safeParse(value).success) ended = true;
          else throw new PlatformRequestError('FEED_MALFORMED', '同步数据格式不正确', false);
        });
        if (!ended) throw new PlatformRequestError('FEED_TRUNCATED', '同步数据不完整，将重试', true);
      }),
  };
}
