import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../../shared/calendar/day';
import { beijingDay } from '../../../shared/time';
import { toFeedRow, upsertRows } from '../../../platform/repo/registry.repo';
import { repairRequest } from '../repairs/repairs.fixtures';
import { makeRecord } from '../testing/fixtures';
import { openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../testing/temp-core';
import { filesToUpload } from './files.repo';

// A loopback gate in front of the real platform that can refuse file uploads, and counts what passes.
type Gate = { url: string; refuseUploads: boolean; seen: string[]; close: () => Promise<void> };

async function startGate(target: () => string): Promise<Gate> {
  const gate: Omit<Gate, 'url' | 'close'> = { refuseUploads: false, seen: [] };
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

beforeEach(async () => {
  platform = await openTempPlatform();
  gate = await startGate(() => platform.current().url);
  upsertRows(platform.current().db, 'credit_records', [
    toFeedRow(
      makeRecord(RECORD_ID, SUBJECT_ID, {
        decisionOn: addMonths(beijingDay(new Date()), -5),
        severity: 'general',
        domain: null,
        commitmentId: null,
        commitmentFailure: null,
        repairOutcome: null,
        repairedOn: null,
      }),
    ),
  ]);
  core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 3000, verifyEveryMs: 0 },
  });
  const enrolled = await core.sync.enrol({
    platformUrl: gate.url,
    code: platform.current().issueCode(),
    deviceName: '郏县政务服务中心 2 号窗口',
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const first = await core.sync.run();
  if (!first.ok) throw new Error(first.error.message);
});
afterEach(async () => {
  core.dispose();
  await gate.close();
  await platform.dispose();
});

describe('attachments go up before the outbox', () => {
  it('stops the sync while an upload fails, so the application never arrives without its files', async () => {
    const added = await core.handlers['files:add']({
      name: '履行证明.pdf',
      mime: 'application/pdf',
      base64: Buffer.from('罚款已于本月缴清').toString('base64'),
    });
    if (!added.ok) throw new Error(added.error.message);
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
        { table: 'credit_records', id: RECORD_ID },
        {
          attachments: [
            {
              sha256: added.value.sha256,
              name: '履行证明.pdf',
              mime: 'application/pdf',
              size: added.value.size,
              kind: 'evidence',
            },
          ],
        },
      ),
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.application.id;

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
    expect(
      platform.current().db.prepare('SELECT state FROM repair_applications WHERE id = ?').pluck().get(id),
    ).toBe('accepted');

    // A file the platform already holds is only confirmed (HEAD), never sent again.
    core.db.prepare('UPDATE local_files SET uploaded_at = NULL').run();
    gate.seen.length = 0;
    const again = await core.sync.run();
    expect(again.ok).toBe(true);
    expect(gate.seen.filter((line) => line.includes('/files/')).map((line) => line.split(' ')[0])).toEqual([
      'HEAD',
    ]);
    expect(filesToUpload(core.db)).toEqual([]);
  });
});
