import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
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
};

/** Fastify's own errors (bad JSON, body too large, unknown content type, no route) in the platform's shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    const code = byStatus[status];
    if (code === undefined || status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, 'INTERNAL');
    }
    return sendError(reply, status, code);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'NOT_FOUND'));
}
