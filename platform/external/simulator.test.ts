import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExternalAnswer } from '../../shared/platform-api/external-query';
import { RESOURCES_DIR } from '../testing/temp-platform';
import { ExternalSiteError } from './adapter';
import { demoSimulator } from './demo-simulator';
import { createSimulator, loadSimulatorConfig } from './simulator';

const ask = (value: string) =>
  ({ channel: '信用中国', subjectName: '', identifier: { kind: 'uscc', value } }) as const;
const signal = () => new AbortController().signal;
const NOW = new Date('2026-12-01T02:00:00.000Z');

describe('the reference simulator', () => {
  it('answers from its configuration after its latency, and not found for any other identifier', async () => {
    const simulator = createSimulator(
      { source: '测试', latencyMs: 50, answers: { '91410100MA9XKQ2T3D': { subjectName: '甲公司' } } },
      () => NOW,
    );
    const started = Date.now();
    const found = ExternalAnswer.parse(await simulator.query(ask('91410100MA9XKQ2T3D'), signal()));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(found).toMatchObject({
      found: true,
      subjectName: '甲公司',
      entries: [],
      queriedAt: '2026-12-01T10:00:00.000+08:00',
    });
    expect(found.referenceId).toMatch(/^SIM-/);
    expect(ExternalAnswer.parse(await simulator.query(ask('91110108MA01BJ7T1R'), signal()))).toMatchObject({
      found: false,
      subjectName: null,
    });
  });

  it('plays each failure: no answer until aborted, HTTP 5xx, rate limit, an unreadable answer', async () => {
    const simulator = createSimulator({
      source: '测试',
      answers: {
        '91420100MA4K3L7HXK': { failure: 'timeout' },
        '91410300MA47R8NC41': { failure: 'http-5xx' },
        '91410200MA46WB5E0B': { failure: 'rate-limit' },
        '91110105MA7H2K9P20': { failure: 'malformed' },
      },
    });
    const controller = new AbortController();
    const pending = simulator.query(ask('91420100MA4K3L7HXK'), controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow('aborted');
    await expect(simulator.query(ask('91410300MA47R8NC41'), signal())).rejects.toMatchObject({
      reason: 'unavailable',
      status: 503,
    });
    await expect(simulator.query(ask('91410200MA46WB5E0B'), signal())).rejects.toBeInstanceOf(
      ExternalSiteError,
    );
    const malformed = await simulator.query(ask('91110105MA7H2K9P20'), signal());
    expect(ExternalAnswer.safeParse(malformed).success).toBe(false);
  });

  it('refuses a configuration file it cannot use, in Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccw-sim-'));
    try {
      const file = join(dir, 'sim.json');
      writeFileSync(file, JSON.stringify({ source: '测试', answers: { 'not-a-code': {} } }));
      expect(() => loadSimulatorConfig(file)).toThrow(/外部查询模拟器配置无效/);
      writeFileSync(file, '{');
      expect(() => loadSimulatorConfig(file)).toThrow(/无法读取/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the demo answers shipped in resources/demo', async () => {
    const demo = demoSimulator(RESOURCES_DIR, () => NOW);
    const answer = ExternalAnswer.parse(await demo.query(ask('91410100MA9XKQ2T3D'), signal()));
    expect(answer.entries.some((entry) => entry.adverse)).toBe(true);
  });
});
