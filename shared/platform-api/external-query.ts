import { z } from 'zod';
import { isoDateTime } from '../domain/catalogue';
import { freeText } from '../domain/free-text';
import { IdentifierKind } from '../domain/subject';

/**
 * External credit queries (issue 15, item 2): the window asks the city platform to query a public credit site
 * about a subject, the platform asks the site through an adapter and answers with what the site showed.
 *
 * This is OUR contract, between the window and the platform, and between the platform and its adapters. The real
 * interfaces of 信用中国 and 信用河南 were not reachable when it was written: their field names, codes and limits
 * are unknown, and nothing here claims to mirror them. A real adapter maps the site's answer onto `ExternalAnswer`;
 * the reference simulator (platform/external/simulator.ts) answers in this shape directly.
 */

/** The sites the platform can query through an adapter; the names are the check policy's channel names. */
export const externalSites = ['信用中国', '信用河南'] as const;
export const ExternalSite = z.enum(externalSites);
export type ExternalSite = z.infer<typeof ExternalSite>;

/** POST external-queries (device token): what the platform asks the site. */
export const ExternalAsk = z
  .object({
    channel: ExternalSite,
    /** The name the applicant gave, when the window knows one (a subject not in the city's data may have none). */
    subjectName: freeText({ max: 200, tooLong: '主体名称过长' }).default(''),
    identifier: z.object({
      kind: IdentifierKind,
      /** 统一社会信用代码 or 公民身份号码, normalised (upper case, no spaces); checked by the platform. */
      value: z.string().min(1).max(18),
    }),
    /** The window's check this query is for (recorded with the query at the platform), if any. */
    checkId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type ExternalAsk = z.infer<typeof ExternalAsk>;

/** One record or list entry the site shows about the subject. */
export const ExternalEntry = z
  .object({
    /** A credit record (行政处罚, 行政许可 …) or an entry on a list (严重失信主体名单 …). */
    type: z.enum(['record', 'list']),
    title: freeText({ max: 200, tooLong: '条目名称过长' }).pipe(z.string().min(1)),
    /** The department that decided or listed it (认定部门 / 决定机关), as the site names it. */
    department: freeText({ max: 100, tooLong: '部门名称过长' }),
    /** YYYY-MM-DD: the decision or listing date, as the site gives it. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The site's own category words (e.g. 行政处罚, 失信被执行人), shown as they are. */
    category: freeText({ max: 60, tooLong: '类别名称过长' }),
    /** The site marks it as adverse (失信 / 负面); a 守信 entry or a licence is not. */
    adverse: z.boolean(),
  })
  .strict();
export type ExternalEntry = z.infer<typeof ExternalEntry>;

/** What an adapter answers: the site's result, validated by the platform before the window sees it. */
export const ExternalAnswer = z
  .object({
    channel: ExternalSite,
    /** Whether the site holds the subject at all. */
    found: z.boolean(),
    /** The subject's name as the site shows it (null when not found). */
    subjectName: freeText({ max: 200, tooLong: '主体名称过长' }).nullable(),
    entries: z.array(ExternalEntry).max(200),
    /** When the site answered. */
    queriedAt: isoDateTime,
    /** The site's (or the adapter's) reference for this query, to find it again there. */
    referenceId: z.string().min(1).max(100),
  })
  .strict()
  .refine((answer) => answer.found || answer.entries.length === 0, {
    message: '未查到主体时不应有记录',
    path: ['entries'],
  });
export type ExternalAnswer = z.infer<typeof ExternalAnswer>;

/**
 * 200 from POST external-queries: the site's answer, the platform's id of the query (its log entry) and when the
 * platform received the ask and had the answer (platform clock).
 */
export const ExternalQueryReply = z.object({
  queryId: z.string().min(1),
  answer: ExternalAnswer,
  askedAt: isoDateTime,
  answeredAt: isoDateTime,
});
export type ExternalQueryReply = z.infer<typeof ExternalQueryReply>;

/**
 * The platform's refusals of an external query (status, code). The message of each is Chinese and says whether to
 * try again or to query by hand (platform/http/errors.ts).
 */
export const externalQueryErrorCodes = [
  /** 503: the platform has no adapter configured. */
  'EXTERNAL_QUERY_OFF',
  /** 400: the identifier does not pass its check. */
  'EXTERNAL_IDENTIFIER_INVALID',
  /** 429: this device asked too often. */
  'EXTERNAL_QUERY_FLOOD',
  /** 504: the site did not answer in time. */
  'EXTERNAL_TIMEOUT',
  /** 502: the site answered with a server error. */
  'EXTERNAL_UNAVAILABLE',
  /** 502: the site's answer could not be read. */
  'EXTERNAL_MALFORMED',
  /** 503: the site refuses more queries for now. */
  'EXTERNAL_RATE_LIMITED',
] as const;
export type ExternalQueryErrorCode = (typeof externalQueryErrorCodes)[number];
