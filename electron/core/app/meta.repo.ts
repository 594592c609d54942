import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';

/** Known keys of the meta table; one place so a typo is a type error. */
export type MetaKey =
  | 'cache_as_of'
  | 'demo_data'
  /** '1' while the platform's health last said it runs the demo data set (platform --demo). */
  | 'platform_demo'
  | 'settings'
  /** The platform this client syncs with, its enrolment, and how far it has pulled. */
  | 'platform_url'
  /** The trust anchor that came with platform_url (sync/platform-target.ts): CA PEM, and the pins as JSON. */
  | 'platform_ca'
  | 'platform_pins'
  | 'device_id'
  /** The device token, kept only in the encrypted cache (db/open-cache.ts); replaced when the platform rotates it. */
  | 'device_token'
  /** When the platform answered that it revoked this device: sync stops until the PC is enrolled again. */
  | 'device_revoked_at'
  /** 1–999, assigned by the platform at enrolment: the first half of every commitment code's serial. */
  | 'device_number'
  | 'sync_cursor'
  | 'sync_latest'
  | 'last_sync_at'
  | 'server_offset_ms'
  /** '1' while a bulk pull maintains the name index in one pass at its end (db/search-index.ts). */
  | 'search_index_deferred'
  /** While deferred: which derived structures, and the triggers and indexes dropped for them, as JSON. */
  | 'deferred_schema'
  /** Checks up to this rowid have had the pull after them: later changes do not flag them 需复核. */
  | 'review_watermark'
  | 'last_verified_at'
  /** The outcome of the audit chain check on start (audit/chain-status.ts), JSON. */
  | 'audit_chain_status'
  /** What the platform last said about this device's audit chain (audit/platform-chain.ts), JSON. */
  | 'audit_platform_chain'
  /** How far this PC has read the platform's states of its feedback deliveries (feedback-deliveries/). */
  | 'feedback_deliveries_cursor';

export function getMeta(db: Db, key: MetaKey): string | null {
  const row = statement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: MetaKey, value: string): void {
  statement(
    db,
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteMeta(db: Db, key: MetaKey): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}
