import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL } from './app-protocol';
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isTrustedSender } from './security';
import { asInvokeEvent, fakeInvokeEvent, fakeSubframe, fakeTopFrame } from './testing/fake-electron';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    expect(parsed.has(name), `directive ${name} appears twice`).toBe(false);
    parsed.set(name, sources);
  }
  return parsed;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);
  const allSources = [...policy.values()].flat();

  it('names no remote source of any kind', () => {
    for (const source of allSources) {
      expect(source).not.toMatch(/^(https?|wss?|ftp):/i);
      expect(source).not.toMatch(/\*/);
      expect(source).not.toMatch(/\./); // no host names
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:/i);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it("runs only the app's own scripts, never eval", () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
  });

  it('defaults to self and shuts plugins, base, framing and forms', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it("allows 'unsafe-inline' for styles only", () => {
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });
});

describe('hardenedWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every context', () => {
    expect(hardenedWebPreferences('/app/preload.cjs', true)).toEqual({
      preload: '/app/preload.cjs',
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('allows DevTools only when the app is not packaged', () => {
    expect(hardenedWebPreferences('/app/preload.cjs', true).devTools).toBe(false);
    expect(hardenedWebPreferences('/app/preload.cjs', false).devTools).toBe(true);
  });
});

describe('isTrustedSender', () => {
  const appUrl = APP_URL;
  const expected: Parameters<typeof isTrustedSender>[1] = { webContents: { id: 3 }, appUrl };
  const trusts = (event: ReturnType<typeof fakeInvokeEvent>, exp = expected): boolean =>
    isTrustedSender(asInvokeEvent(event), exp);

  it('trusts the top frame of the main window showing the app page, with or without a #route', () => {
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame(appUrl)))).toBe(true);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame(`${appUrl}#/settings`)))).toBe(true);
  });

  it('trusts nothing else', () => {
    expect(trusts(fakeInvokeEvent(4, fakeTopFrame(appUrl)))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeSubframe(appUrl, appUrl)))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame('https://evil.example/')))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame(`${appUrl}?x=1`)))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame('file:///app/dist/renderer/index.html')))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame('app://evil/index.html')))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame('app://workbench/other.html')))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, null))).toBe(false);
    expect(trusts(fakeInvokeEvent(3, fakeTopFrame(appUrl)), { webContents: null, appUrl })).toBe(false);
  });
});

describe('the renderer page', () => {
  it('carries the same policy in its meta tag (frame-ancestors aside, which a meta tag cannot set)', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter(
      (directive) => !directive.startsWith('frame-ancestors'),
    );
    expect(meta?.split('; ').sort()).toEqual(expected.sort());
  });
});
