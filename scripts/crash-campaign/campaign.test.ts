import { expect, it } from 'vitest';
import { bundle, runScript } from '../../integration/testing/platform-fixture';

// `npm run test:crash` is too long for `npm test`; this runs the same script with a handful of kills so that
// the script itself keeps working: real processes killed with SIGKILL, on loopback.
it('a small crash campaign kills both processes and finds nothing lost or duplicated', async () => {
  const script = await bundle('scripts/crash-campaign/main.ts', 'crash-campaign');
  const lines: string[] = [];
  const run = runScript(script, ['--kills', '5', '--minutes', '4', '--seed', 'smoke-1'], {}, (line) =>
    lines.push(line),
  );
  let stderr = '';
  run.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await run.exited;
  const output = `${lines.join('\n')}\n${stderr}`;
  expect(code, output).toBe(0);
  expect(output).toContain('种子 smoke-1');
  expect(output).toMatch(/强制终止（SIGKILL）共 5 次/);
  expect(output).toContain('丢失 lost: 0');
  expect(output).toContain('重复 duplicated: 0');
  expect(output).toContain('chain verified');
}, 360_000);
