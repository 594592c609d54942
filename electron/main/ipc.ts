import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  channelNames,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract/channels';
import { EVENT_CHANNEL, type AppEvent } from '../../shared/contract/events';
import { err, type Result } from '../../shared/result';
import { dispatch, type DispatchLog } from '../core/ipc/dispatch';
import type { Handler, Handlers } from '../core/ipc/handlers';
import type { CoreCall, CoreProcess } from './core-client';
import { isTrustedSender } from './security';

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

/** The core's channels as a handler table: each handler calls the core, where the dispatch runs in full (the core
 * checks every response against the contract, which is what makes the cast hold). */
const handlersOver = (core: CoreCall): Handlers =>
  Object.fromEntries(
    channelNames.map((channel) => [channel, (request: unknown) => core(channel, request)]),
  ) as unknown as Handlers;

/**
 * Binds every contract channel to ipcMain. Each call's sender frame is checked before anything else; then the
 * call goes to the core as it came, and the core's one dispatch (validation, role guard, handler, response
 * check — the same the browser host runs) answers it. A host handler's channel is dispatched here too, with the
 * host handler in its handler's place, so its request and response are validated; its call to the core's handler
 * goes through the core's dispatch like any other.
 */
export function bindContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: CoreCall,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log?: DispatchLog,
  hostHandlers: HostHandlers = {},
): void {
  const remote = handlersOver(core);
  for (const channel of channelNames) {
    // The table is keyed by channel; TS cannot correlate the union, as in dispatch.
    const host = hostHandlers[channel];
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrusted(event)) return err('FORBIDDEN', '拒绝访问：调用来源不受信任');
      if (host === undefined) return core(channel, payload);
      const coreHandler = remote[channel] as Handler<Channel>;
      const table = { ...remote, [channel]: (request: never) => host(event, request, coreHandler) };
      return dispatch(table, channel, payload, log);
    });
  }
}

/** The core's events to the main window's page, on the one event channel; none while there is no window. */
export function forwardEvents(
  core: Pick<CoreProcess, 'onEvent'>,
  window: () => { webContents: Pick<WebContents, 'send'> } | null,
): void {
  core.onEvent((event: AppEvent) => window()?.webContents.send(EVENT_CHANNEL, event));
}

/**
 * The shell's side of the core, as main.ts assembles it: every channel bound with main's trust rule (the main
 * window's top frame showing the app's page) and forwarded to the core process; the core's events to that window.
 */
export function connectCore(deps: {
  ipcMain: Pick<IpcMain, 'handle'>;
  core: Pick<CoreProcess, 'call' | 'onEvent'>;
  window: () => { webContents: Pick<WebContents, 'id' | 'send'> } | null;
  appUrl: string;
  log: DispatchLog;
  hostHandlers: HostHandlers;
}): void {
  bindContract(
    deps.ipcMain,
    deps.core.call,
    (event) =>
      isTrustedSender(event, { webContents: deps.window()?.webContents ?? null, appUrl: deps.appUrl }),
    deps.log,
    deps.hostHandlers,
  );
  forwardEvents(deps.core, deps.window);
}
