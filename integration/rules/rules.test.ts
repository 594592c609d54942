import { enrolAt } from '../testing/platform-fixture';
import { ruleTableIds } from '../../shared/platform-api/api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import { CommitmentRules } from '../../shared/commitment/rules';
import { beijingDay } from '../../shared/time';
import { setRuleTable } from '../../platform/rules/rule-tables';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore, RESOURCES_DIR } from '../../electron/core/testing/temp-core';
import { createRules } from '../../electron/core/rules/rules';

const bundled = CommitmentRules.parse(
  JSON.parse(readFileSync(join(RESOURCES_DIR, 'rules', 'commitment-rules.json'), 'utf8')),
);
const CLEAN_USCC = '914104035947936092';

describe('the rules in force on a client', () => {
  let core: ReturnType<typeof openTempCore>;
  beforeEach(() => {
    core = openTempCore({ withDemo: false });
  });
  afterEach(() => core.dispose());

  const feed = (id: string, content: string, version: string): void => {
    core.db
      .prepare(
        `INSERT INTO rule_tables (id, version, content, updated_at) VALUES (?, ?, ?, '2026-11-27T10:00:00+08:00')
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, content = excluded.content`,
      )
      .run(id, version, content);
  };

  it('are the bundled files until the platform has fed a table', () => {
    const rules = createRules(core.db, RESOURCES_DIR).current();
    expect(rules.sources).toEqual(Object.fromEntries(ruleTableIds.map((id) => [id, 'bundled'])));
    expect(rules.commitment).toEqual(bundled);
  });

  it('take a valid fed table, and a newer version of it as soon as it arrives', () => {
    const rules = createRules(core.db, RESOURCES_DIR);
    feed('commitment-rules', JSON.stringify({ ...bundled, version: '2', dueSoonDays: 3 }), '2');
    expect(rules.current().sources['commitment-rules']).toBe('platform');
    expect(rules.current().commitment.dueSoonDays).toBe(3);
    feed('commitment-rules', JSON.stringify({ ...bundled, version: '3', dueSoonDays: 5 }), '3');
    expect(rules.current().commitment.dueSoonDays).toBe(5);
  });

  it('keep the bundled table when a fed one does not parse or breaks its schema', () => {
    const rules = createRules(core.db, RESOURCES_DIR);
    feed('commitment-rules', '{"version": "9", "dueSoonDays": -1}', '9');
    feed('repair-regimes', '"not a table"', '9');
    const current = rules.current();
    expect(current.sources['commitment-rules']).toBe('bundled');
    expect(current.sources['repair-regimes']).toBe('bundled');
    expect(current.commitment).toEqual(bundled);
  });
});

describe('a rule table changed at the platform', () => {
  it('reaches the client with the next sync and changes its answers, no code or release involved', async () => {
    const platform = await openTempPlatform();
    const core = openTempCore({
      withDemo: false,
      clock: { now: new Date() },
      syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
    });
    try {
      const enrolled = await enrolAt(core, platform.current().url, {
        code: platform.current().issueCode(),
        deviceName: '叶县政务服务中心 1 号窗口',
      });
      expect(enrolled.ok).toBe(true);
      expect((await core.sync.run()).ok).toBe(true);
      const madeOn = beijingDay(core.clock.now);
      const prepare = async () => {
        const prepared = await dispatch(core.handlers, 'commitments:prepare', {
          identifier: CLEAN_USCC,
          madeOn,
        });
        if (!prepared.ok) throw new Error(prepared.error.message);
        return prepared.value as { verifyBy: string };
      };
      expect((await prepare()).verifyBy).toBe(addDays(madeOn, bundled.defaultVerifyWithinDays));

      const outcome = setRuleTable(
        platform.current().db,
        'commitment-rules',
        { ...bundled, version: '2', defaultVerifyWithinDays: 15 },
        new Date(),
      );
      expect(outcome).toMatchObject({ ok: true, changed: true });
      expect((await core.sync.run()).ok).toBe(true);

      expect((await prepare()).verifyBy).toBe(addDays(madeOn, 15));
      const row = core.db.prepare("SELECT version FROM rule_tables WHERE id = 'commitment-rules'").get();
      expect(row).toEqual({ version: '2' });
    } finally {
      core.dispose();
      await platform.dispose();
    }
  });
});
