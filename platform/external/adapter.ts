import type { ExternalAsk } from '../../shared/platform-api/external-query';

/**
 * How the platform queries a public credit site (信用中国, 信用河南). An adapter turns the platform's ask into the
 * site's request and the site's reply into an `ExternalAnswer` (shared/platform-api/external-query.ts); the
 * platform validates what it returns, bounds it in time and records both (external-routes.ts).
 *
 * The real sites' interfaces were not reachable when this was written: the only adapter here is the reference
 * simulator (simulator.ts). A real one implements this type and throws `ExternalSiteError` for the site's refusals.
 */
export type ExternalAdapter = {
  /** For the log: which adapter answered (e.g. 'simulator'). */
  name: string;
  /**
   * The site's answer, unvalidated (the platform checks its shape). Must give up when `signal` aborts: the
   * platform aborts it at its timeout.
   */
  query: (ask: ExternalAsk, signal: AbortSignal) => Promise<unknown>;
};

/** A refusal by the site itself: a server error (HTTP 5xx) or a rate limit. */
export class ExternalSiteError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'rate-limited',
    readonly status: number,
  ) {
    super(`external site ${reason} (HTTP ${status})`);
  }
}
