import { isDeepStrictEqual } from 'node:util';
import type { InspectionDrawRecord, InspectionReplay } from '../../shared/domain/inspection';
import { drawInspection } from '../../shared/sampling/draw';
import { toBeijingIso } from '../../shared/time';
import { poolHash } from './pool-hash';
import { replayMessages } from './replay-texts';

// Shared by the client (重现验证) and the platform (checked as each draw arrives).
/** Redoes a stored draw from its seed, pool, inspectors and ratios table; it must give the stored result. */
export function replayDraw(record: InspectionDrawRecord, at: Date): InspectionReplay {
  const checkedAt = toBeijingIso(at);
  const poolHashMatches = poolHash(record.pool) === record.poolHash;
  const redone = drawInspection({
    seed: record.seed,
    subjects: record.pool.map(({ id, grade, inspectorIds }) => ({ id, grade, inspectorIds })),
    inspectors: record.inspectors.map(({ id }) => ({ id })),
    ratios: record.ratios,
    inspectorsPerSubject: record.inspectorsPerSubject,
    chosenRatios: record.chosenRatios,
  });
  if (!redone.ok)
    return {
      reproduces: false,
      poolHashMatches,
      checkedAt,
      message: replayMessages.replayRefused(redone.error.message),
    };
  const reproduces = isDeepStrictEqual(redone.value, record.result);
  const message = !poolHashMatches
    ? replayMessages.poolChanged
    : reproduces
      ? replayMessages.reproduces
      : replayMessages.differs;
  return { reproduces: reproduces && poolHashMatches, poolHashMatches, checkedAt, message };
}
