import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/day';
import type { CommitmentDetail, CommitmentDraft } from '../../shared/domain/commitment';
import { platformRoutes } from '../../shared/platform-api/api';
import { PublicCommitmentsResponse } from '../../shared/platform-api/commitment-publication';
import { beijingDay } from '../../shared/time';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { makeCitizenId, makeUscc } from '../../electron/core/testing/fixtures';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';
import {
  DEMO_PASSWORD,
  DEMO_UNIT,
  enrolAt,
  FAST_RETRY,
  openTempPlatform,
  signInOnline,
} from '../testing/platform-fixture';

// A window records commitments offline; after sync the platform publishes the public one on its public page,
// the natural person masked; a reviewer withdraws it and it leaves the page and the export. All real.

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

const PERSON_ID = makeCitizenId('410402', '19880315', '123');
const COMPANY_ID = makeUscc('MA0PUB01');

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  const enrolled = await enrolAt(core, platform.current().url, {
    code: platform.current().issueCode(DEMO_UNIT),
    deviceName: '叶县政务服务中心 1 号窗口',
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  await signInOnline(core, 'wangfang');
  await sync();
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

async function sync(): Promise<void> {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
}

const today = (): string => beijingDay(core.clock.now);

async function create(draft: CommitmentDraft): Promise<string> {
  const created = await dispatch(core.handlers, 'commitments:create', draft);
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as CommitmentDetail).commitment.code;
}

const reviewer = {
  authorization: `Basic ${Buffer.from(`zhaomin:${DEMO_PASSWORD}`).toString('base64')}`,
};

async function publicCodes(q = ''): Promise<{ codes: string[]; json: string; html: string }> {
  const query = q === '' ? '' : `?q=${encodeURIComponent(q)}`;
  const url = platform.current().url;
  const json = await (await fetch(`${url}${platformRoutes.publicCommitments}${query}`)).text();
  const html = await (await fetch(`${url}${platformRoutes.publicCommitmentsPage}${query}`)).text();
  return {
    codes: PublicCommitmentsResponse.parse(JSON.parse(json)).items.map((item) => item.code),
    json,
    html,
  };
}

const exportCsv = async (): Promise<string> =>
  (
    await fetch(`${platform.current().url}${platformRoutes.commitmentPublication}/export`, {
      headers: reviewer,
    })
  ).text();

describe('commitment publication, window to public page', () => {
  it('publishes a public commitment made offline, masked; a withdrawal takes it off the page and the export', async () => {
    await platform.stop();
    const draft = (overrides: Partial<CommitmentDraft>): CommitmentDraft =>
      makeDraft(COMPANY_ID, { madeOn: today(), verifyBy: addDays(today(), 30), ...overrides });
    const personCode = await create(
      draft({
        committer: { name: '李红梅', kind: 'natural-person', identifier: PERSON_ID },
        type: 'voluntary',
        matterCode: 'PDS-XK-001',
      }),
    );
    const restrictedCode = await create(
      draft({
        committer: { name: '平顶山市特定公开商贸有限公司', kind: 'legal-person', identifier: COMPANY_ID },
        publicity: 'restricted',
      }),
    );
    core.sync.usePlatformUrl((await platform.restart()).url);
    await sync();

    // Both reached the platform; only the public one is published.
    const stored = platform
      .current()
      .db.prepare('SELECT count(*) FROM commitments WHERE code IN (?, ?)')
      .pluck()
      .get(personCode, restrictedCode);
    expect(stored).toBe(2);
    const all = await publicCodes();
    expect(all.codes).toContain(personCode);
    expect(all.codes).not.toContain(restrictedCode);
    for (const text of [all.json, all.html]) {
      expect(text).not.toContain(PERSON_ID);
      expect(text).not.toContain('李红梅');
      expect(text).toContain('李*');
      expect(text).toContain(`${PERSON_ID.slice(0, 4)}**********${PERSON_ID.slice(-4)}`);
    }
    expect((await publicCodes(PERSON_ID)).codes).toEqual([]);
    expect((await publicCodes(personCode)).codes).toEqual([personCode]);
    expect(await exportCsv()).toContain(personCode);

    const withdrawn = await fetch(
      `${platform.current().url}${platformRoutes.commitmentPublication}/${personCode}/withdraw`,
      {
        method: 'POST',
        headers: { ...reviewer, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: '承诺人申请不再公示，核实中' }),
      },
    );
    expect(withdrawn.status).toBe(200);
    expect((await publicCodes()).codes).not.toContain(personCode);
    expect((await publicCodes(personCode)).html).toContain('没有符合条件的公示承诺');
    expect(await exportCsv()).not.toContain(personCode);

    // The window goes on syncing; the commitment stays withdrawn at the platform.
    await sync();
    expect((await publicCodes()).codes).not.toContain(personCode);
  });
});
