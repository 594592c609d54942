import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { newCacheKey, RESOURCES_DIR, tempDir } from '../testing/temp-core';
import { serveCore } from './core-process-server';
import { CoreReply, FromCoreProcess } from './protocol';

// serveCore in this process, on ports that record what it posts: what a sender puts on either port that is not
// the protocol is dropped (and logged), never thrown; core-process.test.ts in electron/main runs it for real in a
// process of its own.

class RecordingPort extends EventEmitter {
  readonly posted: unknown[] = [];
  started = false;
  closed = false;

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  start(): void {
    this.started = true;
  }

  close(): void {
    this.closed = true;
  }

  deliver(data: unknown, ports: RecordingPort[] = []): void {
    this.emit('message', { data, ports });
  }
}

const dirs: { remove: () => void }[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});

function serve(): { parent: RecordingPort; logged: string[]; exits: number[] } {
  const parent = new RecordingPort();
  const logged: string[] = [];
  const exits: number[] = [];
  serveCore(parent, {
    env: { PLATFORM_URL: 'none' },
    exit: (code) => exits.push(code),
    log: (message) => logged.push(message),
  });
  return { parent, logged, exits };
}

function startOptions(): {
  dataDir: string;
  cacheKey: string;
  resourcesDir: string;
  version: string;
  nativeBinding: null;
  syncWorkerScript: null;
} {
  const dir = tempDir('ccw-core-server-');
  dirs.push(dir);
  return {
    dataDir: dir.path,
    cacheKey: newCacheKey(),
    resourcesDir: RESOURCES_DIR,
    version: 'test',
    nativeBinding: null,
    syncWorkerScript: null,
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('serveCore', () => {
  it('drops a message from main that is not the protocol, and logs it', async () => {
    const { parent, logged } = serve();
    parent.deliver({ type: 'start' });
    parent.deliver('hello');
    parent.deliver({ type: 'shutdown-everything' });
    await settle();
    expect(parent.posted).toEqual([]);
    expect(logged).toHaveLength(3);
  });

  it('answers a start without a port with a Chinese start-failed', async () => {
    const { parent } = serve();
    parent.deliver({ type: 'start', options: startOptions() });
    await settle();
    const [message] = parent.posted.map((posted) => FromCoreProcess.parse(posted));
    expect(message).toMatchObject({ type: 'start-failed', error: { code: 'INTERNAL' } });
    expect(message?.type === 'start-failed' ? message.error.message : '').toMatch(/未收到通信端口/);
  });

  it('starts once, answers requests through the dispatch, drops a request off the protocol, stops with exit 0', async () => {
    const { parent, logged, exits } = serve();
    const port = new RecordingPort();
    parent.deliver({ type: 'start', options: startOptions() }, [port]);
    await expect.poll(() => parent.posted).toEqual([{ type: 'started' }]);
    expect(port.started).toBe(true);
    parent.deliver({ type: 'start', options: startOptions() }, [new RecordingPort()]);
    port.deliver({ type: 'request', id: 'one', channel: 'app:info', payload: {} });
    port.deliver({ type: 'request', id: 1, channel: 'catalogue:get', payload: {} });
    port.deliver({ type: 'request', id: 2, channel: 'no:such-channel', payload: {} });
    await expect.poll(() => port.posted.length).toBe(2);
    // Answers go out as each call finishes, matched by id, not in the order asked.
    const replies = port.posted
      .map((posted) => CoreReply.parse(posted))
      .sort((a, b) => (a.type === 'response' && b.type === 'response' ? a.id - b.id : 0));
    expect(replies).toMatchObject([
      { type: 'response', id: 1, result: { ok: false, error: { code: 'SIGN_IN_REQUIRED' } } },
      { type: 'response', id: 2, result: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } },
    ]);
    expect(parent.posted).toEqual([{ type: 'started' }]);
    expect(logged).toEqual([
      'core process: started twice; the second start is ignored',
      'core process: a request does not match the protocol',
    ]);
    parent.deliver({ type: 'stop' });
    expect(port.closed).toBe(true);
    expect(exits).toEqual([0]);
  });
});
