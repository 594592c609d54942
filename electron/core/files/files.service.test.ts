import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';
import { createFileStore, FILE_SIZE_LIMIT, sha256Of } from '../../../node-shared/files/file-store';
import { samplePdf, samplePdfOfSize } from '../../../node-shared/testing/sample-files';

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
});
afterEach(() => core.dispose());

/** The local_files rows: what the core recorded as stored (and will upload once an entry refers to it). */
const recorded = (): string[] =>
  core.db.prepare('SELECT sha256 FROM local_files ORDER BY sha256').pluck().all() as string[];

const add = (bytes: Buffer, name = '申请表.pdf') =>
  dispatch(core.handlers, 'files:add', { name, mime: 'application/pdf', base64: bytes.toString('base64') });

describe('files:add and files:get', () => {
  it('stores the same bytes once under their sha256 and gives them back', async () => {
    const bytes = samplePdf('信用修复申请表 — 平顶山市新华区某公司');
    const first = await add(bytes);
    const second = await add(bytes, '另一个名字.pdf');
    expect(first).toEqual({ ok: true, value: { sha256: sha256Of(bytes), size: bytes.length } });
    expect(second).toEqual(first);
    const filesDir = join(core.dataDir, 'files');
    expect(readdirSync(filesDir).filter((name) => name !== 'tmp')).toEqual([sha256Of(bytes)]);
    expect(recorded()).toEqual([sha256Of(bytes)]);

    const got = await dispatch(core.handlers, 'files:get', { sha256: sha256Of(bytes) });
    expect(got.ok && Buffer.from((got.value as { base64: string }).base64, 'base64').equals(bytes)).toBe(
      true,
    );
    const unknown = await dispatch(core.handlers, 'files:get', { sha256: 'a'.repeat(64) });
    expect(!unknown.ok && unknown.error.code).toBe('FILE_NOT_FOUND');
  });

  it('takes exactly 10 MB and refuses one byte more, and an empty file', async () => {
    const limit = await add(samplePdfOfSize(FILE_SIZE_LIMIT));
    expect(limit.ok).toBe(true);
    const over = await add(samplePdfOfSize(FILE_SIZE_LIMIT + 1));
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID', message: '单个附件不能超过10MB' },
    });
    const empty = await add(Buffer.alloc(0));
    expect(empty).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    const garbled = await dispatch(core.handlers, 'files:add', { name: 'x', mime: '', base64: '@@@=' });
    expect(garbled).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    expect(recorded()).toHaveLength(1);
  });

  it('leaves neither a partial file nor a row when the write fails', async () => {
    const bytes = samplePdf('身份证明复印件');
    const sha256 = sha256Of(bytes);
    // Something already occupies the name (a directory): the rename fails after the temporary file is written.
    const target = join(core.dataDir, 'files', sha256);
    mkdirSync(target);
    writeFileSync(join(target, 'occupied'), 'x');
    const failed = await add(bytes);
    expect(failed).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    expect(readdirSync(join(core.dataDir, 'files', 'tmp'))).toEqual([]);
    expect(recorded()).toEqual([]);
    const got = await dispatch(core.handlers, 'files:get', { sha256 });
    expect(!got.ok && got.error.code).toBe('FILE_NOT_FOUND');
  });

  it('clears temporary files a crash left behind when the store opens', () => {
    const filesDir = join(core.dataDir, 'files');
    writeFileSync(join(filesDir, 'tmp', 'interrupted.part'), 'half a file');
    const store = createFileStore(filesDir);
    expect(readdirSync(join(filesDir, 'tmp'))).toEqual([]);
    const stored = store.put(Buffer.from('完整文件'));
    expect(stored.created).toBe(true);
    expect(existsSync(store.path(stored.sha256))).toBe(true);
    expect(store.put(Buffer.from('完整文件')).created).toBe(false);
  });

  it('replaces a damaged stored file when the same bytes are added again', async () => {
    const bytes = samplePdf('履行义务证明 — 罚款缴纳凭证（第二联）');
    const sha256 = sha256Of(bytes);
    expect((await add(bytes)).ok).toBe(true);
    // The stored copy is damaged on disk (same size, other bytes): only the hash tells.
    const stored = join(core.dataDir, 'files', sha256);
    const damaged = Buffer.from(bytes);
    damaged[0] = (damaged[0] ?? 0) ^ 0xff;
    writeFileSync(stored, damaged);
    const unreadable = await dispatch(core.handlers, 'files:get', { sha256 });
    expect(
      unreadable.ok && Buffer.from((unreadable.value as { base64: string }).base64, 'base64').equals(bytes),
    ).toBe(false);

    expect(await add(bytes)).toEqual({ ok: true, value: { sha256, size: bytes.length } });
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect(readdirSync(join(core.dataDir, 'files', 'tmp'))).toEqual([]);
    // Intact bytes are left as they are.
    const store = createFileStore(join(core.dataDir, 'files'));
    expect(store.put(bytes)).toEqual({ sha256, size: bytes.length, created: false });
  });
});

describe('files:add refuses what is not a scan, photo or document', () => {
  // The attack: a program handed in as "material", by its own name or renamed to look like a PDF.
  it('refuses an executable by name and by content, and stores nothing', async () => {
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]);
    for (const name of ['setup.exe', '申请表.pdf', '说明.pdf.exe', '脚本.bat']) {
      const refused = await add(program, name);
      expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_TYPE_REFUSED' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/^附件/);
    }
    expect(recorded()).toEqual([]);
    expect(readdirSync(join(core.dataDir, 'files')).filter((name) => name !== 'tmp')).toEqual([]);
  });
});
