import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  channelNames,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract/channels';
import { err, type Result } from '../../shared/result';
import { dispatch, type DispatchLog } from '../core/ipc/dispatch';
import type { Handler, Handlers } from '../core/ipc/handlers';

/**
 * A channel the shell answers itself because it needs the calling window (printing). It gets the invoke event
 * and the core's handler of the channel, which it calls first: the core's role guard and checks still decide
 * whether the call may go ahead.
 */
export type HostHandler<C extends Channel> = (
  event: IpcMainInvokeEvent,
  request: ParsedRequestOf<C>,
  core: Handler<C>,
) => Promise<Result<ResponseOf<C>>>;
export type HostHandlers = { [C in Channel]?: HostHandler<C> };

/**
 * Binds every contract channel to ipcMain. Each call's sender frame is checked before anything else; the
 * request is validated and the handler run by the same dispatch the browser host uses (a host handler takes
 * the place of its channel's handler inside that dispatch, so its request and response are validated too).
 */
export function bindContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log?: DispatchLog,
  hostHandlers: HostHandlers = {},
): void {
  for (const channel of channelNames) {
    // The table is keyed by channel; TS cannot correlate the union, as in dispatch.
    const host = hostHandlers[channel];
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrusted(event)) return err('FORBIDDEN', '拒绝访问：调用来源不受信任');
      if (host === undefined) return dispatch(handlers, channel, payload, log);
      const core = handlers[channel] as Handler<Channel>;
      const table = { ...handlers, [channel]: (request: never) => host(event, request, core) };
      return dispatch(table, channel, payload, log);
    });
  }
}
