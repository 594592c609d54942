import { describe, expect, it } from 'vitest';
import { channelNames, type Channel } from '../../shared/contract/channels';
import { EVENT_CHANNEL, type AppEvent } from '../../shared/contract/events';
import { ok } from '../../shared/result';
import { FakeIpcRenderer } from '../main/testing/fake-electron';
import { buildApi } from './api';

function setup(): { ipc: FakeIpcRenderer; api: ReturnType<typeof buildApi> } {
  const ipc = new FakeIpcRenderer();
  return { ipc, api: buildApi(ipc.asIpcRenderer()) };
}

describe('buildApi', () => {
  it('exposes exactly invoke and onEvent', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.onEvent).toBe('function');
  });

  describe('invoke', () => {
    it('forwards (channel, request) on a contract channel and resolves what main answered', async () => {
      const { ipc, api } = setup();
      ipc.respond = () => ok({ items: [] });
      const result = await api.invoke('subjects:search', { query: '华' });
      expect(ipc.invocations).toEqual([{ channel: 'subjects:search', args: [{ query: '华' }] }]);
      expect(result).toEqual({ ok: true, value: { items: [] } });
    });

    it('forwards every contract channel', async () => {
      const { ipc, api } = setup();
      for (const channel of channelNames) await api.invoke(channel, {});
      expect(ipc.invocations.map((call) => call.channel)).toEqual(channelNames);
    });

    it.each(['shell:openExternal', 'app:event', '__proto__', 'toString', ''])(
      'resolves UNKNOWN_CHANNEL for %j without touching ipcRenderer',
      async (name) => {
        const { ipc, api } = setup();
        // A renderer that ignores the types (or was compromised) can pass any string.
        const result = await api.invoke(name as Channel, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        expect(ipc.invocations).toEqual([]);
      },
    );
  });

  describe('onEvent', () => {
    it('listens on the event channel and forwards payloads that are AppEvents', () => {
      const { ipc, api } = setup();
      const received: AppEvent[] = [];
      api.onEvent((event) => received.push(event));
      expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(1);
      const recorded: AppEvent = { type: 'check-recorded', checkId: 'c-1' };
      const freshness: AppEvent = { type: 'freshness', cacheAsOf: null, stale: true };
      ipc.emit(EVENT_CHANNEL, recorded);
      ipc.emit(EVENT_CHANNEL, freshness);
      expect(received).toEqual([recorded, freshness]);
    });

    it('drops payloads that are not AppEvents', () => {
      const { ipc, api } = setup();
      const received: AppEvent[] = [];
      api.onEvent((event) => received.push(event));
      for (const payload of [
        undefined,
        null,
        'check-recorded',
        { type: 'shell', command: 'rm -rf /' },
        { type: 'check-recorded' },
        { type: 'freshness', cacheAsOf: 'yesterday', stale: true },
      ]) {
        ipc.emit(EVENT_CHANNEL, payload);
      }
      expect(received).toEqual([]);
    });

    it('forwards the parsed event, not the raw payload', () => {
      const { ipc, api } = setup();
      const received: AppEvent[] = [];
      api.onEvent((event) => received.push(event));
      ipc.emit(EVENT_CHANNEL, { type: 'check-recorded', checkId: 'c-2', extra: 'dropped' });
      expect(received).toEqual([{ type: 'check-recorded', checkId: 'c-2' }]);
    });

    it('returns a function that removes the listener', () => {
      const { ipc, api } = setup();
      const received: AppEvent[] = [];
      const stop = api.onEvent((event) => received.push(event));
      stop();
      expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
      ipc.emit(EVENT_CHANNEL, { type: 'check-recorded', checkId: 'c-3' });
      expect(received).toEqual([]);
    });

    it('removes only its own listener', () => {
      const { ipc, api } = setup();
      const first: AppEvent[] = [];
      const second: AppEvent[] = [];
      const stopFirst = api.onEvent((event) => first.push(event));
      api.onEvent((event) => second.push(event));
      stopFirst();
      ipc.emit(EVENT_CHANNEL, { type: 'check-recorded', checkId: 'c-4' });
      expect(first).toEqual([]);
      expect(second).toEqual([{ type: 'check-recorded', checkId: 'c-4' }]);
    });
  });
});
