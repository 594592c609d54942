import { randomBytes } from 'node:crypto';
import { platformAt } from '../../../shared/domain/deployment';
import type { OutboxEntry } from '../../../shared/platform-api/api';
import { toBeijingIso } from '../../../shared/time';
import {
  createPlatformClient,
  PlatformRequestError,
  type PlatformClient,
} from '../../../electron/core/sync/platform-client';
import type { FeedMode } from './options';

const WAIT_TIMEOUT_SECONDS = 25;
const PAGE_SIZE = 1_000;
const FINAL_PULL_ATTEMPTS = 5;

export type PcSettings = {
  mode: FeedMode;
  pollSeconds: number;
  pushMinSeconds: number;
  pushMaxSeconds: number;
};

/** What one simulated window PC did, for the driver: what it saw of the feed, what it pushed, what failed. */
export type PcReport = {
  deviceId: string;
  /** Each imported credit record's id → the times (Date.now()) this PC applied it; more than one is a duplicate. */
  seen: Record<string, number[]>;
  /** Check ids the platform answered `applied` for; feedback likewise counted. */
  checksApplied: string[];
  feedbackApplied: number;
  /** Push requests (one check with its feedback each) answered in the measured window. */
  pushesInWindow: number;
  /** Feed requests (pages and waits) answered in the measured window. */
  feedRequestsInWindow: number;
  errors: Record<string, number>;
  cursor: number;
};

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    if (signal.aborted) return done();
    const wake = (): void => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', wake);
      done();
    }, ms);
    signal.addEventListener('abort', wake, { once: true });
  });
const between = (min: number, max: number): number => min + Math.random() * (max - min);

/** A pretend check result with the size and shape of real evidence (the platform files it as sent). */
function checkEntries(mutationId: number, deviceId: string, n: number): OutboxEntry[] {
  const checkedAt = toBeijingIso(new Date());
  const checkId = `${deviceId}-bench-${n}-${randomBytes(4).toString('hex')}`;
  const payload = {
    checkId,
    checkedAt,
    operator: `窗口人员${n % 7}`,
    context: {
      caseNumber: `平审〔2026〕${n}号`,
      matter: { code: 'M-0001', name: '食品经营许可' },
      note: null,
    },
    query: { kind: 'code', value: '91410400MA9XXXXX0X' },
    found: true,
    verdict: {
      code: 'caution',
      reasons: [{ code: 'record', text: '存在一般失信行为记录，请按规定审慎办理' }],
    },
    hits: [{ listKind: 'abnormal', title: '经营异常名录', basis: '未按期公示年度报告'.repeat(4) }],
    records: [{ id: 'rec-1', category: '行政处罚', content: '罚款人民币五千元'.repeat(8) }],
    freshness: { syncedAt: checkedAt, stale: false },
  };
  return [
    { mutationId, kind: 'check.recorded', createdAt: checkedAt, payload },
    {
      mutationId: mutationId + 1,
      kind: 'feedback.recorded',
      createdAt: checkedAt,
      payload: {
        id: `${checkId}-fb`,
        checkId,
        recordedAt: checkedAt,
        operator: payload.operator,
        measure: '从严审查',
        note: '已按规定审慎办理',
      },
    },
  ];
}

/** One window PC: enrolled with a code, then pulling, waiting and pushing until stopped. */
export class SimulatedPc {
  private client: PlatformClient | null = null;
  private deviceId = '';
  private cursor = 0;
  private mutationId = 0;
  private pulling: Promise<void> | null = null;
  private readonly seen: Record<string, number[]> = {};
  private readonly checksApplied: string[] = [];
  private feedbackApplied = 0;
  private pushesInWindow = 0;
  private feedRequestsInWindow = 0;
  private readonly errors: Record<string, number> = {};
  private readonly running = new AbortController();
  private loops: Promise<void>[] = [];
  measuring = false;

  constructor(
    private readonly url: string,
    private readonly settings: PcSettings,
  ) {}

  private fail(error: unknown): void {
    const code =
      error instanceof PlatformRequestError ? error.code : error instanceof Error ? error.message : 'ERROR';
    this.errors[code] = (this.errors[code] ?? 0) + 1;
  }

  /** Enrols the real way (a one-time code at POST devices/enrol), then pulls the whole feed once. */
  async enrol(code: string, name: string): Promise<void> {
    const enrolled = await createPlatformClient({ target: platformAt(this.url) }).enrol(code, name);
    this.deviceId = enrolled.deviceId;
    this.client = createPlatformClient({
      target: platformAt(this.url),
      token: enrolled.deviceToken,
      timeoutMs: 60_000,
    });
    await this.catchUp();
  }

  /** Pulls page after page until the feed has no more; one pull at a time per PC. */
  catchUp(): Promise<void> {
    this.pulling ??= (async () => {
      const client = this.client;
      if (client === null) throw new Error('not enrolled');
      for (;;) {
        const page = await client.pullPage(this.cursor, PAGE_SIZE);
        const appliedAt = Date.now();
        if (this.measuring) this.feedRequestsInWindow += 1;
        for (const change of page.changes)
          if (change.table === 'credit_records' && change.key.startsWith('imp-'))
            (this.seen[change.key] ??= []).push(appliedAt);
        this.cursor = page.end.next;
        if (!page.end.hasMore) return;
      }
    })().finally(() => (this.pulling = null));
    return this.pulling;
  }

  /**
   * The long poll, as the app's feed watcher waits (the client's waitForChanges): the feed's newest seq once it
   * passes the cursor, or at the timeout; FEED_WAIT_UNSUPPORTED if the platform does not serve the route.
   */
  private async waitLatest(): Promise<number> {
    const client = this.client;
    if (client === null) throw new Error('not enrolled');
    const latest = await client.waitForChanges(this.cursor, WAIT_TIMEOUT_SECONDS, this.running.signal);
    if (this.measuring) this.feedRequestsInWindow += 1;
    return latest;
  }

  private async feedLoop(): Promise<void> {
    const { signal } = this.running;
    if (this.settings.mode === 'poll') await sleep(Math.random() * this.settings.pollSeconds * 1000, signal);
    while (!signal.aborted) {
      try {
        if (this.settings.mode === 'poll') {
          await this.catchUp();
          await sleep(between(0.9, 1.1) * this.settings.pollSeconds * 1000, signal);
        } else if ((await this.waitLatest()) > this.cursor) await this.catchUp();
      } catch (error) {
        if (signal.aborted) return;
        this.fail(error);
        // Backoff with jitter, so that hundreds of PCs do not return at the same instant.
        await sleep(between(1_000, 3_000), signal);
      }
    }
  }

  private async pushLoop(): Promise<void> {
    const { signal } = this.running;
    const { pushMinSeconds: min, pushMaxSeconds: max } = this.settings;
    await sleep(Math.random() * max * 1000, signal);
    while (!signal.aborted) {
      const entries = checkEntries(this.mutationId + 1, this.deviceId, this.mutationId);
      this.mutationId += entries.length;
      try {
        const client = this.client;
        if (client === null) throw new Error('not enrolled');
        const { results } = await client.push(entries);
        for (const result of results) {
          if (result.status !== 'applied') {
            this.fail(new Error(`PUSH_${result.status.toUpperCase()}`));
            continue;
          }
          const entry = entries.find((candidate) => candidate.mutationId === result.mutationId);
          if (entry?.kind === 'check.recorded')
            this.checksApplied.push((entry.payload as { checkId: string }).checkId);
          else this.feedbackApplied += 1;
        }
        if (this.measuring) this.pushesInWindow += 1;
      } catch (error) {
        this.fail(error);
      }
      await sleep(between(min, max) * 1000, signal);
    }
  }

  start(): void {
    this.loops = [this.feedLoop(), this.pushLoop()];
  }

  /** Stops pushing and waiting, then pulls once more to the end of the feed, and reports. */
  async stop(): Promise<PcReport> {
    this.running.abort();
    await Promise.all(this.loops);
    // The last pull to the end of the feed, retried as the client's sync retries (each failure still counts as
    // an error): an entry is lost only if the PC cannot get it at all.
    for (let attempt = 1; attempt <= FINAL_PULL_ATTEMPTS; attempt += 1) {
      try {
        await this.pulling;
        await this.catchUp();
        break;
      } catch (error) {
        this.fail(error);
        await new Promise((done) => setTimeout(done, between(1_000, 3_000)));
      }
    }
    return {
      deviceId: this.deviceId,
      seen: this.seen,
      checksApplied: this.checksApplied,
      feedbackApplied: this.feedbackApplied,
      pushesInWindow: this.pushesInWindow,
      feedRequestsInWindow: this.feedRequestsInWindow,
      errors: this.errors,
      cursor: this.cursor,
    };
  }
}
