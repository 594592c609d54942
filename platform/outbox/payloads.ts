import { z } from 'zod';
import { isoDateTime } from '../../shared/domain/catalogue';
import type { OutboxKind } from '../../shared/platform-api/api';

const id = z.string().trim().min(1).max(200);

/**
 * What the platform needs of each kind of evidence to file it (its id, its time); the rest of the payload is
 * kept as sent. Loose objects: a newer client may add fields without being refused.
 */
export const payloadSchemas = {
  'check.recorded': z.looseObject({ checkId: id, checkedAt: isoDateTime }),
  'feedback.recorded': z.looseObject({ id, checkId: id }),
  'audit.appended': z.looseObject({ at: isoDateTime, action: z.string().trim().min(1).max(200) }),
} satisfies Record<OutboxKind, z.ZodType>;
