import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  IpcMain,
  IpcMainInvokeEvent,
  IpcRenderer,
  IpcRendererEvent,
  Protocol,
  WindowOpenHandlerResponse,
} from 'electron';

/**
 * A small hand-written stand-in for the few Electron APIs the shell touches (utilityProcess and MessageChannelMain,
 * which run a real child process, are in fake-utility-process.ts), so the shell can be tested in
 * plain Node (the Electron runtime is not needed). The fakes are typed on their own terms; they are cast to
 * Electron's types only at the boundary (the `as…` helpers), never inside a test.
 */

// ---------------------------------------------------------------------------------------------------------
// Events

/** The part of Electron's `Event` the shell uses. */
export class FakeEvent {
  defaultPrevented = false;

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Main process: ipcMain and its invoke events

/** A frame as `event.senderFrame` shows it: its URL and its parent (null for the top frame). */
export type FakeFrame = { url: string; parent: FakeFrame | null };

/** What an `ipcMain.handle` listener receives: the sending webContents' id and the sending frame. */
export type FakeInvokeEvent = { sender: { id: number }; senderFrame: FakeFrame | null };

export const fakeTopFrame = (url: string): FakeFrame => ({ url, parent: null });

export const fakeSubframe = (url: string, parentUrl: string): FakeFrame => ({
  url,
  parent: fakeTopFrame(parentUrl),
});

export const fakeInvokeEvent = (senderId: number, senderFrame: FakeFrame | null): FakeInvokeEvent => ({
  sender: { id: senderId },
  senderFrame,
});

/** The boundary: the fake event handed to code typed against Electron. */
export const asInvokeEvent = (event: FakeInvokeEvent): IpcMainInvokeEvent =>
  event as unknown as IpcMainInvokeEvent;

export type FakeIpcMainListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** `ipcMain`: `handle` records one listener per channel (a second one throws, as in Electron). */
export class FakeIpcMain {
  readonly handlers = new Map<string, FakeIpcMainListener>();

  handle(channel: string, listener: FakeIpcMainListener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  /** The channels bound so far, in binding order. */
  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /** What `ipcRenderer.invoke(channel, payload)` would resolve to, sent by `event`'s frame. */
  async invoke(channel: string, event: FakeInvokeEvent, payload: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return await listener(asInvokeEvent(event), payload);
  }

  /** The fake already has `handle`'s shape, so no cast is needed: the compiler checks it against Electron's. */
  asIpcMain(): Pick<IpcMain, 'handle'> {
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Main process: BrowserWindow and its webContents

export type FakeListener = (event: FakeEvent, ...args: unknown[]) => void;
export type FakeWindowOpenHandler = (details: HandlerDetails) => WindowOpenHandlerResponse;

/** Records listeners per event name; `emit` runs them with a fresh event and returns it. */
class ListenerTable {
  readonly listeners = new Map<string, FakeListener[]>();

  add(name: string, listener: FakeListener): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  remove(name: string, listener: FakeListener): void {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((candidate) => candidate !== listener),
    );
  }

  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }

  emit(name: string, args: unknown[]): FakeEvent {
    const event = new FakeEvent();
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }
}

export class FakeWebContents {
  private readonly table = new ListenerTable();
  windowOpenHandler: FakeWindowOpenHandler | null = null;
  /** What main sent to the page (`webContents.send`), in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];

  constructor(readonly id: number) {}

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  on(name: string, listener: FakeListener): this {
    this.table.add(name, listener);
    return this;
  }

  setWindowOpenHandler(handler: FakeWindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  listenerCount(name: string): number {
    return this.table.count(name);
  }

  /** Fires `name` as Electron would, e.g. `emit('will-navigate', url)`; the event tells if it was prevented. */
  emit(name: string, ...args: unknown[]): FakeEvent {
    return this.table.emit(name, args);
  }
}

let nextWebContentsId = 1;

/** `new BrowserWindow(options)`: keeps its options and every call the shell makes on it. */
export class FakeBrowserWindow {
  readonly webContents: FakeWebContents;
  readonly loadedFiles: string[] = [];
  /** The URLs `loadURL` was asked for, in order. */
  readonly loadedUrls: string[] = [];
  shown = false;
  private readonly table = new ListenerTable();
  private readonly onceTable = new ListenerTable();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    this.webContents = new FakeWebContents(nextWebContentsId++);
  }

  /** Set by a test to make the next load fail like a missing renderer bundle. */
  static loadError: Error | null = null;

  loadFile(file: string): Promise<void> {
    this.loadedFiles.push(file);
    return FakeBrowserWindow.loadError === null
      ? Promise.resolve()
      : Promise.reject(FakeBrowserWindow.loadError);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return FakeBrowserWindow.loadError === null
      ? Promise.resolve()
      : Promise.reject(FakeBrowserWindow.loadError);
  }

  on(name: string, listener: FakeListener): this {
    this.table.add(name, listener);
    return this;
  }

  once(name: string, listener: FakeListener): this {
    this.onceTable.add(name, listener);
    return this;
  }

  show(): void {
    this.shown = true;
  }

  listenerCount(name: string): number {
    return this.table.count(name) + this.onceTable.count(name);
  }

  /** Fires a window event; `once` listeners run a single time. */
  emit(name: string, ...args: unknown[]): FakeEvent {
    const event = this.table.emit(name, args);
    const onceListeners = [...(this.onceTable.listeners.get(name) ?? [])];
    this.onceTable.listeners.delete(name);
    for (const listener of onceListeners) listener(event, ...args);
    return event;
  }
}

/** A BrowserWindow constructor for `createMainWindow`, and the windows it made. */
export function fakeWindowFactory(): {
  Window: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  created: FakeBrowserWindow[];
} {
  const created: FakeBrowserWindow[] = [];
  class RecordedWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      created.push(this);
    }
  }
  return {
    Window: RecordedWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow,
    created,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Main process: protocol

export type FakeSchemeRegistration = Parameters<Protocol['registerSchemesAsPrivileged']>[0];
export type FakeProtocolHandler = (request: Request) => Response | Promise<Response>;

/**
 * `protocol`: records the privileged schemes (once only, before ready, as in Electron) and one handler per
 * scheme; `fetch` plays a request the page makes, with Node's own Request and Response (Electron's are the same
 * Fetch API classes).
 */
export class FakeProtocol {
  readonly privileged: FakeSchemeRegistration[] = [];
  readonly handlers = new Map<string, FakeProtocolHandler>();
  ready = false;

  registerSchemesAsPrivileged(schemes: FakeSchemeRegistration): void {
    if (this.ready) throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    this.privileged.push(schemes);
  }

  handle(scheme: string, handler: FakeProtocolHandler): void {
    if (!this.ready) throw new Error('protocol.handle must be called after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
    this.handlers.set(scheme, handler);
  }

  /** The response the page gets for `url`; a scheme nobody handles fails as in Chromium. */
  async fetch(url: string, method = 'GET'): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (handler === undefined) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return await handler(new Request(url, { method }));
  }

  asProtocol(): Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Preload: ipcRenderer

export type FakeRendererListener = (event: IpcRendererEvent, ...args: unknown[]) => void;
export type FakeInvocation = { channel: string; args: unknown[] };

/** `ipcRenderer`: `invoke` records its calls and answers with `respond`; `emit` plays a main → renderer send. */
export class FakeIpcRenderer {
  readonly invocations: FakeInvocation[] = [];
  readonly listeners = new Map<string, FakeRendererListener[]>();
  respond: (channel: string, ...args: unknown[]) => unknown = () => undefined;

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.respond(channel, ...args));
  }

  on(channel: string, listener: FakeRendererListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  removeListener(channel: string, listener: FakeRendererListener): this {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.length ?? 0;
  }

  emit(channel: string, ...args: unknown[]): void {
    const event = { sender: this, ports: [] } as unknown as IpcRendererEvent;
    for (const listener of [...(this.listeners.get(channel) ?? [])]) listener(event, ...args);
  }

  asIpcRenderer(): Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'> {
    return this as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
  }
}
