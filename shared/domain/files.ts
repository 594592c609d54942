import { z } from 'zod';

/** A file's content address: the lowercase hex sha256 of its bytes. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
