import { z } from 'zod';
import { freeText } from '../../domain/free-text';
import { Catalogue } from '../../domain/catalogue';
import { SubjectSummary } from '../../domain/subject';
import { Empty, SIGNED_IN, channel } from './entry';

// The cached catalogue and registry.
export const registryChannels = {
  /** Matter catalogue with categories, list types and measures in force. */
  'catalogue:get': channel({
    request: Empty,
    response: Catalogue,
    roles: SIGNED_IN,
    action: '查看事项目录',
    sample: {},
  }),
  /** Partial-name (CJK included) or identifier-prefix search over the cached registry. */
  'subjects:search': channel({
    request: z.object({
      query: freeText({ max: 100, tooLong: '查询内容过长' }).min(1, '请输入名称或代码'),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    /** more: further subjects match beyond `limit` (the name should be typed more fully). */
    response: z.object({ items: z.array(SubjectSummary), more: z.boolean().default(false) }),
    roles: SIGNED_IN,
    action: '查询主体',
    sample: { query: '华' },
  }),
};
