import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformCli, type PlatformCli } from '../testing/cli-bundle';
import { writeFakeRelease } from '../testing/fake-release';
import { tempDir } from '../testing/temp-platform';

// The operator's commands as shipped (the bundled CLI, a process each), then the served feed.
const work = tempDir('ccw-release-cli-');
let cli: PlatformCli;
beforeAll(async () => {
  cli = await platformCli(work.path, join(work.path, 'data'));
});
afterAll(() => work.remove());

describe('release commands', { timeout: 60_000 }, () => {
  it('publishes, changes the rollout, lists, refuses in Chinese, and the server serves the result', async () => {
    expect(cli.run(['--releases']).stdout.trim()).toBe('尚未发布任何版本');
    const noRelease = cli.run(['--rollout', '20']);
    expect(noRelease.status).toBe(1);
    expect(noRelease.stderr).toContain('尚未发布任何版本，无法调整推送比例');

    const folder = writeFakeRelease(join(work.path, 'v0.2.0'), '0.2.0').folder;
    const published = cli.run(['--publish-release', folder, '--rollout', '10']);
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain('已发布版本 0.2.0，推送范围：10% 的电脑');

    const again = cli.run(['--publish-release', folder]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('版本 0.2.0 不比当前发布的 0.2.0 新');
    const badRollout = cli.run(['--rollout', '150']);
    expect(badRollout.status).toBe(1);
    expect(badRollout.stderr).toContain('--rollout 应为 0–100 的整数');
    expect(cli.run(['--force']).stderr).toContain('--force 只与 --publish-release 一起使用');

    expect(cli.run(['--rollout', '50']).stdout).toContain('版本 0.2.0 的推送范围已改为：50% 的电脑');
    const listed = cli.run(['--releases']).stdout;
    expect(listed).toContain('当前版本 0.2.0，推送范围：50% 的电脑');
    expect(listed).toMatch(/发布于 \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(listed).toContain('0.2.0  （当前）');

    const server = await cli.serve();
    try {
      const feed = await (await fetch(`${server.url}/updates/latest-linux.yml`)).text();
      expect(feed).toContain('version: 0.2.0');
      expect(feed).toContain('stagingPercentage: 50');
      // Published while the server runs (another process): served from the next request on.
      cli.run(['--rollout', '100']);
      expect(await (await fetch(`${server.url}/updates/latest-linux.yml`)).text()).not.toContain(
        'stagingPercentage',
      );
    } finally {
      await server.stop();
    }
  });
});
