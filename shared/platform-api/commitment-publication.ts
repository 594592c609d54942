import { z } from 'zod';
import { freeText } from '../domain/free-text';
import { isoDate, isoDateTime } from '../domain/catalogue';

/** The longest 查询内容 the public page takes (a name or a code; anything longer is refused). */
export const PUBLIC_QUERY_MAX = 50;
/** The highest page number asked for (the page is for people, not for crawling the whole table). */
export const PUBLIC_PAGE_MAX = 500;

/** GET public/commitments and /public/commitments: ?q= (name, 统一社会信用代码 or 承诺编码), ?page= (from 1). */
export const PublicCommitmentsQuery = z.object({
  q: z
    .string({ message: '查询内容应为一段文字' })
    .max(PUBLIC_QUERY_MAX, `查询内容不能超过${PUBLIC_QUERY_MAX}个字`)
    .transform((value) => value.trim())
    .default(''),
  page: z.coerce
    .number({ message: '页码应为数字' })
    .int('页码应为整数')
    .min(1, '页码应从1开始')
    .max(PUBLIC_PAGE_MAX, `页码不能超过${PUBLIC_PAGE_MAX}`)
    .default(1),
});
export type PublicCommitmentsQuery = z.infer<typeof PublicCommitmentsQuery>;

/** One published commitment, every value a display string; natural persons masked (shared/commitment/publication.ts). */
export const PublicCommitmentItem = z.object({
  code: z.string(),
  committerName: z.string(),
  committerKind: z.string(),
  committerIdentifier: z.string(),
  type: z.string(),
  reason: z.string(),
  content: z.string(),
  liability: z.string(),
  madeOn: z.string(),
  validUntil: z.string(),
  fulfilment: z.string(),
  unfulfilledContent: z.string(),
  liabilityPursued: z.string(),
  verifiedOn: z.string(),
  recognisingUnit: z.string(),
  acceptingUnit: z.string(),
});

export const PublicCommitmentsResponse = z.object({
  q: z.string(),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  items: z.array(PublicCommitmentItem),
  asOf: isoDateTime,
});
export type PublicCommitmentsResponse = z.infer<typeof PublicCommitmentsResponse>;

/** GET commitment-publication/export?since=YYYY-MM-DD: only commitments changed on or after that day. */
export const CommitmentExportQuery = z.object({ since: isoDate.optional() });

/** POST commitment-publication/<id>/withdraw and …/republish: why (kept with who and when). */
export const PublicationStepRequest = z.object({
  reason: freeText({ max: 500, tooLong: '理由不能超过500字', multiline: true }).min(1, '请填写理由'),
});
export type PublicationStepRequest = z.infer<typeof PublicationStepRequest>;

export const PublicationEvent = z.object({
  commitmentId: z.string(),
  action: z.enum(['withdraw', 'republish']),
  reason: z.string(),
  actor: z.string(),
  at: isoDateTime,
});
export type PublicationEvent = z.infer<typeof PublicationEvent>;

/** 200 with the event recorded, and whether the commitment is now published. */
export const PublicationStepResponse = z.object({ event: PublicationEvent, published: z.boolean() });
export type PublicationStepResponse = z.infer<typeof PublicationStepResponse>;

/** GET commitment-publication/withdrawn: the commitments withdrawn now, each with its withdrawal. */
export const WithdrawnCommitmentsResponse = z.object({
  withdrawn: z.array(PublicationEvent.extend({ code: z.string() })),
});
export type WithdrawnCommitmentsResponse = z.infer<typeof WithdrawnCommitmentsResponse>;
