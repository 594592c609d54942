import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ExternalEntry, type ExternalAnswer } from '../../shared/platform-api/external-query';
import { toBeijingIso } from '../../shared/time';
import { ExternalSiteError, type ExternalAdapter } from './adapter';

/** The failures the simulator can play, per identifier: what a real site may do to the platform. */
export const simulatedFailures = ['timeout', 'http-5xx', 'malformed', 'rate-limit'] as const;

const SimulatedSubject = z
  .object({
    /** The name the site shows; absent: the subject is not found there. */
    subjectName: z.string().min(1).max(200).optional(),
    entries: z.array(ExternalEntry).max(200).default([]),
    /** Instead of an answer: a failure (timeout: no answer at all; the platform gives up at its timeout). */
    failure: z.enum(simulatedFailures).optional(),
    /** This identifier's latency, instead of the file's. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
  })
  .strict();

/**
 * The simulator's configuration (a JSON file, `--external-query-simulator <file>`; resources/demo/
 * external-queries.json in demo mode): per normalised identifier what the sites answer; any other identifier is
 * not found. One answer serves both sites.
 */
export const SimulatorConfig = z
  .object({
    /** What this file is (a demo, a test): the simulator answers are never real data. */
    source: z.string().min(1),
    /** Every answer waits this long (ms) before it comes. */
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    answers: z.record(z.string().regex(/^[0-9A-Z]{18}$/), SimulatedSubject).default({}),
  })
  .strict();
export type SimulatorConfig = z.input<typeof SimulatorConfig>;

export function loadSimulatorConfig(file: string): z.infer<typeof SimulatorConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `外部查询模拟器配置无法读取（${file}）：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const parsed = SimulatorConfig.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `外部查询模拟器配置无效（${file}）：${parsed.error.issues.map((i) => i.path.join('.')).join('、')}`,
    );
  return parsed.data;
}

/** Waits `ms`, or rejects as soon as `signal` aborts (a timeout with ms = Infinity waits for the abort only). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : null;
    signal.addEventListener(
      'abort',
      () => {
        if (timer !== null) clearTimeout(timer);
        reject(new Error('aborted'));
      },
      { once: true },
    );
  });
}

/**
 * The reference adapter: answers from its configuration, after its latency, or fails as configured. For tests,
 * the demo and integrators building a real adapter; it never reaches any site.
 */
export function createSimulator(input: SimulatorConfig, now: () => Date = () => new Date()): ExternalAdapter {
  const config = SimulatorConfig.parse(input);
  return {
    name: 'simulator',
    query: async (ask, signal) => {
      const subject = config.answers[ask.identifier.value];
      if (subject?.failure === 'timeout') {
        await wait(Infinity, signal);
        return null;
      }
      await wait(subject?.latencyMs ?? config.latencyMs, signal);
      if (subject?.failure === 'http-5xx') throw new ExternalSiteError('unavailable', 503);
      if (subject?.failure === 'rate-limit') throw new ExternalSiteError('rate-limited', 429);
      if (subject?.failure === 'malformed') return { found: '是', entries: '<html>系统维护中</html>' };
      const found = subject?.subjectName !== undefined;
      const answer: ExternalAnswer = {
        channel: ask.channel,
        found,
        subjectName: subject?.subjectName ?? null,
        entries: found ? (subject?.entries ?? []) : [],
        queriedAt: toBeijingIso(now()),
        referenceId: `SIM-${randomUUID()}`,
      };
      return answer;
    },
  };
}
