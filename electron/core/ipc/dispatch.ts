import { z } from 'zod';
import { channels, isChannel } from '../../../shared/contract/channels';
import { err, type Result } from '../../../shared/result';
import { describeRequestIssues, requestErrorMap } from '../../../shared/contract/request-messages';
import type { Handlers } from './handlers';

// Validation messages of the contract's schemas reach clerks: have zod speak Chinese.
z.config(z.locales.zhCN());

export type DispatchLog = (message: string, error?: unknown) => void;

/**
 * The one path every call takes in both hosts: channel known → request validated → handler → response
 * validated against the contract. Nothing thrown escapes; unexpected failures become INTERNAL errors.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  log: DispatchLog = () => undefined,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return err('UNKNOWN_CHANNEL', '未知的调用通道');
  const spec = channels[channel];
  const request = spec.request.safeParse(payload ?? {}, { error: requestErrorMap });
  if (!request.success)
    return err('BAD_REQUEST', describeRequestIssues(request.error.issues), request.error.issues);
  try {
    // The table is keyed by channel, so handler and schema belong together; TS cannot correlate the union.
    const handler = handlers[channel] as (request: unknown) => Result<unknown> | Promise<Result<unknown>>;
    const result = await handler(request.data);
    if (!result.ok) return result;
    const response = spec.response.safeParse(result.value);
    if (response.success) return { ok: true, value: response.data };
    log(`response of ${channel} does not match the contract`, response.error);
    return err('INTERNAL', '系统内部错误：返回数据不符合约定，请联系管理员');
  } catch (error) {
    log(`handler of ${channel} failed`, error);
    return err('INTERNAL', '系统内部错误，请重试；如仍出现请联系管理员');
  }
}
