import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairRequest } from '../../electron/core/repairs/repairs.fixtures';
import { DEMO_UNIT, enrolAt, openTempPlatform, signInOnline } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { filesToUpload } from '../../electron/core/files/files.repo';
import { publishRepairablePenalty } from '../testing/records';
import { samplePdf } from '../../node-shared/testing/sample-files';

// A loopback gate in front of the real platform that can refuse file uploads, and counts what passes.
// `onFileRequest` runs (once) before the first file request is passed on: the window at work mid-sync.
type Gate = {
  url: string;
  refuseUploads: boolean;
  seen: string[];
  onFileRequest: (() => Promise<void>) | null;
  close: () => Promise<void>;
};

async function startGate(target: () => string): Promise<Gate> {
  const gate: Omit<Gate, 'url' | 'close'> = { refuseUploads: false, seen: [], onFileRequest: null };
  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const path = incoming.url ?? '/';
      gate.seen.push(`${incoming.method ?? ''} ${path.split('?')[0] ?? ''}`);
      if (gate.refuseUploads && incoming.method === 'PUT' && path.includes('/files/')) {
        response.writeHead(503).end('{"code":"UNAVAILABLE","message":"暂时无法处理"}');
        return;
      }
      const hook = path.includes('/files/') ? gate.onFileRequest : null;
      if (hook !== null) gate.onFileRequest = null;
      void Promise.resolve(hook?.()).then(() => {
        const url = new URL(path, target());
        const outgoing = request(
          url,
          { method: incoming.method, headers: { ...incoming.headers, host: url.host } },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response);
          },
        );
        outgoing.on('error', () => response.socket?.destroy());
        outgoing.end(Buffer.concat(chunks));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(gate, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let gate: Gate;
let core: ReturnType<typeof openTempCore>;
const SUBJECT_ID = 'demo-s-0003';
const RECORD_ID = 'upload-it-penalty';
const SECOND_RECORD_ID = 'upload-it-penalty-2';

beforeEach(async () => {
  platform = await openTempPlatform();
  gate = await startGate(() => platform.current().url);
  for (const id of [RECORD_ID, SECOND_RECORD_ID])
    publishRepairablePenalty(platform.current().db, id, SUBJECT_ID);
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  const enrolled = await enrolAt(core, gate.url, {
    code: platform.current().issueCode(DEMO_UNIT),
    deviceName: '郏县政务服务中心 2 号窗口',
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  await signInOnline(core, 'admin');
  const first = await core.sync.run();
  if (!first.ok) throw new Error(first.error.message);
});
afterEach(async () => {
  core.dispose();
  await gate.close();
  await platform.dispose();
});

const addFile = async (name: string, text: string) => {
  const added = await core.handlers['files:add']({
    name,
    mime: 'application/pdf',
    base64: samplePdf(text).toString('base64'),
  });
  if (!added.ok) throw new Error(added.error.message);
  return { ...added.value, name };
};

/** An application against one of the subject's records, taken in at once, with one file attached. */
const applyWith = async (recordId: string, file: { sha256: string; size: number; name: string }) => {
  const subject = core.db
    .prepare('SELECT id, name, identifier FROM subjects WHERE id = ?')
    .get(SUBJECT_ID) as {
    id: string;
    name: string;
    identifier: string;
  };
  const created = await core.handlers['repairs:create'](
    repairRequest(
      subject,
      { table: 'credit_records', id: recordId },
      { attachments: [{ ...file, mime: 'application/pdf', kind: 'evidence' }] },
    ),
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.value.application.id;
};

const platformFiles = (): string[] =>
  platform.current().db.prepare('SELECT sha256 FROM files ORDER BY sha256').pluck().all() as string[];

const platformState = (id: string): unknown =>
  platform.current().db.prepare('SELECT state FROM repair_applications WHERE id = ?').pluck().get(id);

describe('attachments go up before the outbox', () => {
  it('stops the sync while an upload fails, so the application never arrives without its files', async () => {
    const file = await addFile('履行证明.pdf', '罚款已于本月缴清');
    const id = await applyWith(RECORD_ID, file);

    gate.refuseUploads = true;
    gate.seen.length = 0;
    const refused = await core.sync.run();
    expect(refused).toMatchObject({ ok: false, error: { code: 'SYNC_FAILED' } });
    expect(gate.seen.some((line) => line.startsWith('POST') && line.endsWith('/outbox'))).toBe(false);
    expect(core.sync.status().outbox.pending).toBeGreaterThan(0);
    expect(filesToUpload(core.db)).toHaveLength(1);
    expect(platform.current().db.prepare('SELECT count(*) FROM repair_applications').pluck().get()).toBe(0);

    gate.refuseUploads = false;
    gate.seen.length = 0;
    const synced = await core.sync.run();
    if (!synced.ok) throw new Error(synced.error.message);
    const order = gate.seen
      .filter((line) => /\/files\/|\/outbox$/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(order).toEqual(['HEAD', 'PUT', 'POST']);
    expect(filesToUpload(core.db)).toEqual([]);
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
    expect(platformState(id)).toBe('accepted');

    // A file the platform already holds is only confirmed (HEAD), never sent again: here an entry whose answer
    // was lost goes up again (the platform answers it as a duplicate).
    core.db.prepare('UPDATE local_files SET uploaded_at = NULL').run();
    core.db.prepare("UPDATE outbox SET state = 'pending' WHERE kind = 'repair.created'").run();
    gate.seen.length = 0;
    const again = await core.sync.run();
    expect(again.ok).toBe(true);
    expect(gate.seen.filter((line) => line.includes('/files/')).map((line) => line.split(' ')[0])).toEqual([
      'HEAD',
    ]);
    expect(filesToUpload(core.db)).toEqual([]);
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
  });

  it('uploads the files of an application taken in while the sync was already uploading', async () => {
    const first = await addFile('履行证明.pdf', '罚款已于本月缴清');
    const firstId = await applyWith(RECORD_ID, first);
    // While the sync sends the first file, the clerk takes in a second application with a file of its own.
    let secondId = '';
    let second = { sha256: '', size: 0, name: '' };
    gate.onFileRequest = async () => {
      second = await addFile('整改报告.pdf', '整改已完成，经复查合格');
      secondId = await applyWith(SECOND_RECORD_ID, second);
    };
    const synced = await core.sync.run();
    if (!synced.ok) throw new Error(synced.error.message);
    expect(secondId).not.toBe('');
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
    expect(platformFiles()).toEqual([first.sha256, second.sha256].sort());
    expect(platformState(firstId)).toBe('accepted');
    expect(platformState(secondId)).toBe('accepted');
  });

  it('never sends a file no entry refers to (one picked for an application that was not made)', async () => {
    const abandoned = await addFile('身份证复印件.pdf', '一份最终未提交的身份证明');
    const used = await addFile('履行证明.pdf', '罚款已于本月缴清');
    await applyWith(RECORD_ID, used);
    gate.seen.length = 0;
    const synced = await core.sync.run();
    if (!synced.ok) throw new Error(synced.error.message);
    expect(platformFiles()).toEqual([used.sha256]);
    expect(gate.seen.filter((line) => line.includes(abandoned.sha256))).toEqual([]);
    expect(core.sync.status().outbox).toMatchObject({ pending: 0, rejected: 0, conflict: 0 });
  });
});
