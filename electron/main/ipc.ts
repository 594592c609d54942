import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract/channels';
import { err } from '../../shared/result';
import { dispatch, type DispatchLog } from '../core/ipc/dispatch';
import type { Handlers } from '../core/ipc/handlers';

/**
 * Binds every contract channel to ipcMain. Each call's sender frame is checked before anything else; the
 * request is validated and the handler run by the same dispatch the browser host uses.
 */
export function bindContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log?: DispatchLog,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrusted(event)) return err('FORBIDDEN', '拒绝访问：调用来源不受信任');
      return dispatch(handlers, channel, payload, log);
    });
  }
}
