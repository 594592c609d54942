import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';
import { createFileStore, FILE_SIZE_LIMIT, sha256Of } from './file-store';
import { filesToUpload } from './files.repo';

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
});
afterEach(() => core.dispose());

const add = (bytes: Buffer, name = '申请表.pdf') =>
  dispatch(core.handlers, 'files:add', { name, mime: 'application/pdf', base64: bytes.toString('base64') });

describe('files:add and files:get', () => {
  it('stores the same bytes once under their sha256 and gives them back', async () => {
    const bytes = Buffer.from('信用修复申请表 — 平顶山市新华区某公司', 'utf8');
    const first = await add(bytes);
    const second = await add(bytes, '另一个名字.pdf');
    expect(first).toEqual({ ok: true, value: { sha256: sha256Of(bytes), size: bytes.length } });
    expect(second).toEqual(first);
    const filesDir = join(core.dataDir, 'files');
    expect(readdirSync(filesDir).filter((name) => name !== 'tmp')).toEqual([sha256Of(bytes)]);
    expect(filesToUpload(core.db).map((file) => file.sha256)).toEqual([sha256Of(bytes)]);

    const got = await dispatch(core.handlers, 'files:get', { sha256: sha256Of(bytes) });
    expect(got.ok && Buffer.from((got.value as { base64: string }).base64, 'base64').equals(bytes)).toBe(
      true,
    );
    const unknown = await dispatch(core.handlers, 'files:get', { sha256: 'a'.repeat(64) });
    expect(!unknown.ok && unknown.error.code).toBe('FILE_NOT_FOUND');
  });

  it('takes exactly 10 MB and refuses one byte more, and an empty file', async () => {
    const limit = await add(Buffer.alloc(FILE_SIZE_LIMIT, 7));
    expect(limit.ok).toBe(true);
    const over = await add(Buffer.alloc(FILE_SIZE_LIMIT + 1, 7));
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID', message: '单个附件不能超过10MB' },
    });
    const empty = await add(Buffer.alloc(0));
    expect(empty).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    const garbled = await dispatch(core.handlers, 'files:add', { name: 'x', mime: '', base64: '@@@=' });
    expect(garbled).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    expect(filesToUpload(core.db)).toHaveLength(1);
  });

  it('leaves neither a partial file nor a row when the write fails', async () => {
    const bytes = Buffer.from('身份证明复印件');
    const sha256 = sha256Of(bytes);
    // Something already occupies the name (a directory): the rename fails after the temporary file is written.
    const target = join(core.dataDir, 'files', sha256);
    mkdirSync(target);
    writeFileSync(join(target, 'occupied'), 'x');
    const failed = await add(bytes);
    expect(failed).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    expect(readdirSync(join(core.dataDir, 'files', 'tmp'))).toEqual([]);
    expect(filesToUpload(core.db)).toEqual([]);
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
});
