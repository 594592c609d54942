import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Transport } from '../../shared/contract/api';
import { isChannel } from '../../shared/contract/channels';
import { AppEvent, EVENT_CHANNEL } from '../../shared/contract/events';
import { err } from '../../shared/result';

/**
 * The one object the renderer sees as `window.api`: calls on contract channels only, and the event stream.
 * No ipcRenderer, no arbitrary channel, nothing else crosses the bridge.
 */
export function buildApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Transport {
  return {
    invoke: (channel, request) =>
      isChannel(channel)
        ? (ipc.invoke(channel, request) as ReturnType<Transport['invoke']>)
        : Promise.resolve(err('UNKNOWN_CHANNEL', '未知的调用通道')),
    onEvent: (listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => {
        const parsed = AppEvent.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}
