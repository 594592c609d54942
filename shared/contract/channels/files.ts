import { z } from 'zod';
import { Sha256 } from '../../domain/files';
import { FileAddRequest, FileAddResponse } from '../../domain/repair';
import { SIGNED_IN, channel } from './entry';

// Content-addressed files (attachments of repairs and external queries).
export const fileChannels = {
  /** Store a file content-addressed (base64 in, its sha256 out); uploaded with the next sync. */
  'files:add': channel({
    request: FileAddRequest,
    response: FileAddResponse,
    roles: SIGNED_IN,
    action: '上传材料',
    sample: { name: '申请表.pdf', mime: 'application/pdf', base64: 'JVBERi0=' },
  }),
  'files:get': channel({
    request: z.object({ sha256: Sha256 }),
    response: z.object({ sha256: Sha256, base64: z.string(), size: z.number().int() }),
    roles: SIGNED_IN,
    action: '查看材料',
    sample: { sha256: 'a'.repeat(64) },
  }),
};
