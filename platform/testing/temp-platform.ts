import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { platformRoutes, type EnrolResponse } from '../../shared/platform-api/api';
import { startPlatform, type RunningPlatform, type StartOptions } from '../start-platform';

/** The project's real resources/: tests run against the shipped catalogue and demo data. */
export const RESOURCES_DIR = resolve(__dirname, '..', '..', 'resources');

export function tempDir(prefix = 'ccw-platform-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export type TempPlatform = RunningPlatform & {
  /** Enrols a device with a fresh code; its token goes in `headers`. */
  enrol: (deviceName?: string) => Promise<EnrolResponse & { headers: Record<string, string> }>;
  dispose: () => Promise<void>;
};

/** A platform on a loopback port of its own, over a fresh data directory removed on dispose. */
export async function startTempPlatform(options: Partial<StartOptions> = {}): Promise<TempPlatform> {
  const dir = tempDir();
  const platform = await startPlatform({
    dataDir: dir.path,
    port: 0,
    host: '127.0.0.1',
    resourcesDir: RESOURCES_DIR,
    withDemo: false,
    ...options,
  });
  return {
    ...platform,
    enrol: async (deviceName = '测试窗口') => {
      const response = await fetch(`${platform.url}${platformRoutes.enrol}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: platform.issueCode(), deviceName }),
      });
      if (!response.ok) throw new Error(`enrol failed: ${response.status}`);
      const enrolled = (await response.json()) as EnrolResponse;
      return { ...enrolled, headers: { authorization: `Bearer ${enrolled.deviceToken}` } };
    },
    dispose: async () => {
      await platform.close();
      dir.remove();
    },
  };
}

/** Reads an NDJSON response line by line as it arrives (not all at once), parsing each line. */
export async function readNdjson(response: Response): Promise<unknown[]> {
  if (response.body === null) throw new Error('no body');
  const lines: unknown[] = [];
  const decoder = new TextDecoder();
  let pending = '';
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pending += decoder.decode(read.value, { stream: true });
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    parts.forEach((line) => lines.push(JSON.parse(line)));
  }
  pending += decoder.decode();
  if (pending !== '') throw new Error(`stream ended inside a line: ${pending.slice(0, 80)}`);
  return lines;
}
