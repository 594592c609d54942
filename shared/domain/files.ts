import { z } from 'zod';

/** A file's content address: the lowercase hex sha256 of its bytes. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A stored file as an entry refers to it: uploaded to the platform before the entry that names it. */
export const StoredFile = z.object({
  sha256: Sha256,
  name: z.string().trim().min(1).max(200),
  mime: z.string().max(100),
  size: z.number().int().nonnegative(),
});
export type StoredFile = z.infer<typeof StoredFile>;
