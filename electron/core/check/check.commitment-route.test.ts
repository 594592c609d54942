import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMeta } from '../app/meta.repo';
import { makeEntry, makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';

const debtor = makeSubject('s-debtor', '平顶山市鹰城建筑工程有限公司', makeUscc('MA44TEKT'));
const liar = makeSubject('s-liar', '平顶山市虚假承诺商贸有限公司', makeUscc('MA53TEKT'));
const clean = makeSubject('s-clean', '平顶山市守信商贸有限公司', makeUscc('MA55TEKT'));

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [debtor, liar, clean],
    entries: [makeEntry('e-debtor', debtor.id, 'DISHONEST_JUDGMENT_DEBTOR')],
    records: [
      makeRecord('r-liar', liar.id, {
        category: 'commitment',
        commitmentFailure: 'false',
        title: '虚假承诺（证明事项型）',
        // Published whatever the day the test runs (an ended period no longer bars: recordPublished).
        publicationEndsOn: null,
      }),
      makeRecord('r-clean', clean.id, { severity: 'general' }),
    ],
  });
  setMeta(core.db, 'cache_as_of', '2026-11-27T08:00:00.000+08:00');
});
afterEach(() => core.dispose());

const run = async (raw: string, matterCode = 'PDS-XK-001') => {
  const result = await core.handlers['check:run']({
    context: { caseNumber: 'PDS-2026-0001', matterCode },
    applicant: { by: 'identifier', raw },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the commitment route in every check result', () => {
  it('is open for a subject with nothing barring, and for an applicant not in the registry', async () => {
    const found = await run(clean.identifier);
    expect(found.commitmentRoute).toEqual({ allowed: true, reasons: [], barredTypes: [] });
    expect(found.verdict.reasons.map((reason) => reason.code)).not.toContain('commitment-barred');
    const unknown = await run(makeUscc('MA99NUNE'));
    expect(unknown.subject).toBeNull();
    expect(unknown.commitmentRoute).toEqual({ allowed: true, reasons: [], barredTypes: [] });
  });

  it('is barred for a serious-failure listing, noted beside the verdict without changing it', async () => {
    const result = await run(debtor.identifier);
    expect(result.commitmentRoute).toMatchObject({ allowed: false, reasons: [{ code: 'barred-list' }] });
    expect(result.commitmentRoute?.reasons[0]?.message).toMatch(/^列入严重失信主体名单/);
    expect(result.verdict.reasons.map((reason) => reason.code)).not.toContain('commitment-barred');
    // The verdict of the matter (punishment or not) is what the list's measures decide, as before.
    const stored = await core.handlers['check:get']({ checkId: result.checkId });
    expect(stored.ok && stored.value.result.commitmentRoute).toEqual(result.commitmentRoute);
  });

  it('is barred for an unrepaired false commitment, whose record shows its new columns', async () => {
    const result = await run(liar.identifier);
    expect(result.verdict.code).toBe('proceed');
    expect(result.commitmentRoute).toMatchObject({
      allowed: false,
      reasons: [{ code: 'barred-commitment' }],
    });
    expect(result.records[0]).toMatchObject({ id: 'r-liar', commitmentFailure: 'false', severity: null });
  });
});
