import type { Db } from '../../../node-shared/db/connection';
import type { Health } from '../../../shared/platform-api/api';
import { getMeta, setMeta } from './meta.repo';

/** Remembers whether the platform runs the demo data set (platform --demo), from each answer of its health. */
export function rememberPlatformKind(db: Db, health: Health): void {
  setMeta(db, 'platform_demo', health.demo === true ? '1' : '0');
}

/**
 * Whether what this PC shows is demo data: the bundled data set seeded locally (PLATFORM_URL=none, 培训模式) or a
 * platform that said it runs the demo data set. Every page then says so and the sign-in screen names the demo
 * accounts; a result never counts as a basis for a real approval.
 */
export function usesDemoData(db: Db): boolean {
  return getMeta(db, 'demo_data') === '1' || getMeta(db, 'platform_demo') === '1';
}
