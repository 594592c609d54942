import { z } from 'zod';
import type { PlatformTarget } from '../../../shared/domain/deployment';
import type { Db } from '../../../node-shared/db/connection';
import { deleteMeta, getMeta, setMeta } from '../app/meta.repo';

const Pins = z.array(z.string());

/**
 * The platform this PC talks to with the trust anchor it came with. Kept in the cache so an enrolled PC goes on
 * verifying its platform the same way should the deployment file go missing; a new configuration replaces it.
 */
export function readPlatformTarget(db: Db): PlatformTarget | null {
  const url = getMeta(db, 'platform_url');
  if (url === null) return null;
  const pins = Pins.safeParse(JSON.parse(getMeta(db, 'platform_pins') ?? '[]'));
  return { url, ca: getMeta(db, 'platform_ca'), pins: pins.success ? pins.data : [] };
}

/** Checklist: every field of PlatformTarget is written here and read in readPlatformTarget. */
export function writePlatformTarget(db: Db, target: PlatformTarget): void {
  setMeta(db, 'platform_url', target.url);
  if (target.ca === null) deleteMeta(db, 'platform_ca');
  else setMeta(db, 'platform_ca', target.ca);
  setMeta(db, 'platform_pins', JSON.stringify(target.pins));
}
