import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import type { z } from 'zod';
import { jsonTooDeep } from '../../shared/json-depth';
import type { PlatformError } from '../../shared/platform-api/api';

/** Every error the platform answers: a stable English code for programs, a Chinese message for people. */
export const errorMessages = {
  BAD_REQUEST: '请求内容无效',
  DEVICE_UNKNOWN: '设备未登记或令牌无效',
  DEVICE_REVOKED: '本机已被市平台停用，请联系管理员',
  TOKEN_ROTATION_NOT_REQUESTED: '市平台没有要求更换本机令牌',
  DEVICE_NOT_FOUND: '没有这台设备',
  ENROLMENT_CODE_INVALID: '登记码无效或已被使用',
  DEVICE_NUMBERS_EXHAUSTED: '市平台的设备编号（1–999）已全部分配，无法再登记新设备，请联系管理员',
  USER_LOGIN_REQUIRED: '请使用市平台用户的用户名和密码登录（HTTP Basic）',
  ROLE_FORBIDDEN: '当前用户无权执行此操作',
  REPAIR_NOT_FOUND: '没有这份信用修复申请',
  VERSION_CONFLICT: '该申请已被他人更新，请刷新后重试',
  REPAIR_STEP_REFUSED: '不能执行此审核步骤',
  RULE_TABLE_UNKNOWN: '没有这个规则表',
  RULES_INVALID: '规则表内容无效',
  LOGIN_FAILED: '用户名或密码错误',
  HASH_MISMATCH: '文件内容与其 SHA-256 名称不符，已拒收',
  FILE_TOO_LARGE: '文件超过 50 MB 上限',
  TABLE_UNKNOWN: '没有这个数据表',
  NOT_FOUND: '没有这个接口',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  INTERNAL: '平台内部错误，请稍后重试',
  HOST_MISSING: '请求缺少有效的 Host 头',
  HOST_NOT_ALLOWED: '本平台不接受以此主机名发来的请求',
  LOGIN_LOCKED: '登录失败次数过多，已暂时锁定',
  LOGIN_BUSY: '登录请求过于频繁，请稍后再试',
  SERVER_BUSY: '市平台正忙，请稍后再试',
  ENROLMENT_CODE_EXPIRED: '登记码已过期，请向市平台管理员重新申领',
  FILE_QUOTA_EXCEEDED: '本设备已上传但尚未被任何提交引用的文件已达上限，请先完成同步',
  STREAMS_EXCEEDED: '本设备同时进行的数据下载过多，请稍后重试',
  NO_RELEASE: '市平台尚未发布客户端更新',
  UPDATE_FILE_NOT_FOUND: '当前发布的版本中没有这个文件',
  RANGE_NOT_SATISFIABLE: '请求的文件范围无效',
  COMMITMENT_NOT_FOUND: '市平台没有这份信用承诺',
  PUBLICATION_STEP_REFUSED: '不能执行此公示操作',
  EXTERNAL_QUERY_OFF: '市平台尚未接入外部信用查询，请登录网站查询后手工录入',
  EXTERNAL_IDENTIFIER_INVALID: '证件号码未通过校验，不能向外部网站查询',
  EXTERNAL_QUERY_FLOOD: '本机外部查询过于频繁，请稍后再试',
  EXTERNAL_TIMEOUT: '外部网站未在规定时间内答复，请稍后重试或手工查询后录入',
  EXTERNAL_UNAVAILABLE: '外部网站暂时无法提供查询，请稍后重试或手工查询后录入',
  EXTERNAL_MALFORMED: '外部网站的答复无法识别，请手工查询后录入',
  EXTERNAL_RATE_LIMITED: '外部网站限制了查询次数，请稍后重试或手工查询后录入',
  FEED_WAITS_EXCEEDED: '本设备同时等待数据更新的连接过多，请稍后重试',
  FEED_WAITERS_FULL: '市平台等待数据更新的连接已满，请稍后重试',
} as const;
export type PlatformErrorCode = keyof typeof errorMessages;

export const errorBody = (code: PlatformErrorCode, detail?: string): PlatformError => ({
  code,
  message: detail === undefined ? errorMessages[code] : `${errorMessages[code]}：${detail}`,
});

export const sendError = (
  reply: FastifyReply,
  status: number,
  code: PlatformErrorCode,
  detail?: string,
): FastifyReply => reply.code(status).send(errorBody(code, detail));

/** 400 naming the fields that failed, so an integrator sees what to fix without reading server logs. */
export const sendInvalid = (reply: FastifyReply, error: z.ZodError): FastifyReply =>
  sendError(
    reply,
    400,
    'BAD_REQUEST',
    [...new Set(error.issues.map((issue) => issue.path.join('.') || '（整体）'))].join('、'),
  );

const byStatus: Partial<Record<number, PlatformErrorCode>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'PAYLOAD_TOO_LARGE',
};

/** What Fastify's own refusals mean, in Chinese (its English messages and FST_ codes never reach the caller). */
const frameworkDetails: Partial<Record<string, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容为空',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求内容不是有效的 JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求内容的长度与声明不符',
  FST_ERR_CTP_INVALID_CONTENT_ENCODING: '不支持的内容编码',
  FST_ERR_BAD_URL: '请求的地址不正确',
  FST_ERR_ASYNC_CONSTRAINT: '请求的地址不正确',
  JSON_TOO_DEEP: '请求内容嵌套过深',
};

/**
 * A Fastify or parser error as the platform's answer: its status mapped to a code, the detail in Chinese. A JSON
 * body the parser cannot even walk (nested past the stack) is the caller's fault: 400, not 500.
 */
function frameworkAnswer(
  error: FastifyError,
): { status: number; code: PlatformErrorCode; detail?: string } | null {
  // Fastify's own errors carry a status (some are RangeErrors: body too large); a bare one came from parsing.
  if (error.statusCode === undefined && (error instanceof RangeError || error instanceof SyntaxError))
    return {
      status: 400,
      code: 'BAD_REQUEST',
      detail: error instanceof RangeError ? '请求内容嵌套过深' : '请求内容不是有效的 JSON',
    };
  const status = error.statusCode ?? 500;
  const code = byStatus[status];
  if (code === undefined || status >= 500) return null;
  const detail = frameworkDetails[error.code];
  return detail === undefined ? { status, code } : { status, code, detail };
}

/** An answer written to the socket itself, for requests Node could not parse into a request at all. */
function answerSocket(
  socket: Socket,
  status: 400 | 405 | 431,
  code: PlatformErrorCode,
  detail?: string,
): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errorBody(code, detail));
  const reason = { 400: 'Bad Request', 405: 'Method Not Allowed', 431: 'Request Header Fields Too Large' }[
    status
  ];
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The Fastify options that keep its framework errors in the platform's shape: a request Node cannot parse
 * (garbage, a bad header, a head past 16 KB) and a URL Fastify cannot decode.
 */
export const errorHandlingOptions = {
  clientErrorHandler: (error: Error & { code?: string }, socket: Socket) =>
    error.code === 'HPE_HEADER_OVERFLOW'
      ? answerSocket(socket, 431, 'PAYLOAD_TOO_LARGE', '请求头过大')
      : answerSocket(socket, 400, 'BAD_REQUEST', '请求格式不正确'),
  frameworkErrors: (error: FastifyError, _request: unknown, reply: FastifyReply) => {
    const answer = frameworkAnswer(error) ?? { status: 400, code: 'BAD_REQUEST' as const };
    void sendError(reply, answer.status, answer.code, answer.detail);
  },
} satisfies Partial<FastifyServerOptions>;

/** Fastify's own errors (bad JSON, body too large, unknown content type, no route) in the platform's shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = frameworkAnswer(error);
    if (answer === null) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, 'INTERNAL');
    }
    return sendError(reply, answer.status, answer.code, answer.detail);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'NOT_FOUND'));
  // Fastify's own JSON parser (prototype poisoning refused), behind a depth check: a body nested past the
  // contract is a 400 before it is parsed, never a stack overflow in a recursive walk later (a 500).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonTooDeep(text))
      return done(Object.assign(new Error('JSON too deep'), { statusCode: 400, code: 'JSON_TOO_DEEP' }));
    return parseJson(request, text, done);
  });
  // CONNECT and Upgrade requests bypass Fastify; without these Node drops them unanswered.
  app.server.on('connect', (_request: unknown, socket: Socket) =>
    answerSocket(socket, 405, 'BAD_REQUEST', '不支持的请求方法'),
  );
  app.server.on('upgrade', (_request: unknown, socket: Socket) =>
    answerSocket(socket, 400, 'BAD_REQUEST', '不支持协议升级'),
  );
}
