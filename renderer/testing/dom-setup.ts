import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { createFakeTransport, type FakeTransport } from './fake-transport';

// Component tests (renderer/**/*.test.tsx, jsdom): the renderer's client picks window.api when it is present, as
// under Electron's preload, so every call goes through the contract-checked fake. Tests give its answers through
// `fake()` before rendering.
window.api = createFakeTransport();

/** The fake transport the renderer's client talks to in this test file. */
export const fake = (): FakeTransport => window.api as FakeTransport;

afterEach(() => {
  cleanup();
});
