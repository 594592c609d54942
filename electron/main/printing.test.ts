import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/domain/check';
import type { IssuedReport } from '../../shared/domain/report';
import type { Result } from '../../shared/result';
import { signInForTests } from '../core/auth/test-session';
import { dispatch } from '../core/ipc/dispatch';
import { openTempCore } from '../core/testing/temp-core';
import { APP_URL } from './app-protocol';
import { bindContract } from './ipc';
import { printHandlers } from './printing';
import { isTrustedSender } from './security';
import { callInProcess } from './testing/in-process-core';
import { FakeIpcMain, fakeTopFrame, type FakeInvokeEvent } from './testing/fake-electron';

const WINDOW_ID = 7;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-

/** The sender's webContents as printing uses it: records its calls, answers as told. */
class FakePrintingContents {
  readonly id = WINDOW_ID;
  readonly pdfCalls: unknown[] = [];
  readonly printCalls: unknown[] = [];
  printAnswer: [boolean, string] = [true, ''];

  printToPDF(options: unknown): Promise<Uint8Array> {
    this.pdfCalls.push(options);
    return Promise.resolve(PDF);
  }

  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printCalls.push(options);
    callback(...this.printAnswer);
  }
}

/** dialog.showSaveDialog answering with a path (or cancelled), recording what it was asked. */
class FakeDialog {
  readonly asked: { window: unknown; options: SaveDialogOptions }[] = [];
  answer: SaveDialogReturnValue = { canceled: true, filePath: '' };

  showSaveDialog(window: unknown, options?: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    this.asked.push(
      options === undefined ? { window: null, options: window as SaveDialogOptions } : { window, options },
    );
    return Promise.resolve(this.answer);
  }
}

let core: ReturnType<typeof openTempCore>;
let dir: string;
let contents: FakePrintingContents;
let dialog: FakeDialog;
let ipcMain: FakeIpcMain;
const window = { id: WINDOW_ID } as unknown as BaseWindow;

beforeEach(() => {
  core = openTempCore();
  dir = mkdtempSync(join(tmpdir(), 'ccw-print-'));
  contents = new FakePrintingContents();
  dialog = new FakeDialog();
  ipcMain = new FakeIpcMain();
  bindContract(
    ipcMain.asIpcMain(),
    callInProcess(core.handlers),
    (event) => isTrustedSender(event, { webContents: { id: WINDOW_ID }, appUrl: APP_URL }),
    undefined,
    printHandlers({
      dialog: dialog,
      window: () => window,
      writeFile: (path, data) => writeFile(path, data),
    }),
  );
});
afterEach(() => {
  core.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const event = (): FakeInvokeEvent => ({ sender: contents, senderFrame: fakeTopFrame(APP_URL) });

async function issueAsSupervisor(): Promise<string> {
  signInForTests(core, 'supervisor');
  const issued = (await dispatch(core.handlers, 'reports:issue', {
    subjectId: 'demo-s-0001',
    purpose: '政府采购供应商资格审查',
    caseNumber: 'CG-1',
  })) as Result<IssuedReport>;
  if (!issued.ok) throw new Error(issued.error.message);
  return issued.value.number;
}

describe('reports:pdf and reports:print in the desktop shell', () => {
  it('renders the sender with printToPDF (A4, the page’s CSS size) and saves where the user chose', async () => {
    const number = await issueAsSupervisor();
    const path = join(dir, 'report.pdf');
    dialog.answer = { canceled: false, filePath: path };
    expect(await ipcMain.invoke('reports:pdf', event(), { number })).toEqual({
      ok: true,
      value: { saved: true, path },
    });
    expect(contents.pdfCalls).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(dialog.asked).toMatchObject([
      {
        window,
        options: { defaultPath: `公共信用信息报告-${number}.pdf`, filters: [{ extensions: ['pdf'] }] },
      },
    ]);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('saves nothing when the save dialog is cancelled', async () => {
    const number = await issueAsSupervisor();
    expect(await ipcMain.invoke('reports:pdf', event(), { number })).toEqual({
      ok: true,
      value: { saved: false, path: null },
    });
  });

  it('opens the system print dialog (not silent); a cancelled print is no error, a failed one is', async () => {
    const number = await issueAsSupervisor();
    expect(await ipcMain.invoke('reports:print', event(), { number })).toEqual({
      ok: true,
      value: { printed: true },
    });
    expect(contents.printCalls).toEqual([{ silent: false, printBackground: true }]);
    contents.printAnswer = [false, 'Print job canceled'];
    expect(await ipcMain.invoke('reports:print', event(), { number })).toEqual({
      ok: true,
      value: { printed: false },
    });
    contents.printAnswer = [false, 'Print job failed'];
    const failed = (await ipcMain.invoke('reports:print', event(), { number })) as Result<unknown>;
    expect(failed.ok ? null : failed.error.code).toBe('PRINT_FAILED');
  });

  it('leaves the decision to the core: a clerk, an unknown report or an untrusted frame never reach the printer', async () => {
    const number = await issueAsSupervisor();
    signInForTests(core, 'clerk');
    const clerk = (await ipcMain.invoke('reports:pdf', event(), { number })) as Result<unknown>;
    expect(clerk.ok ? null : clerk.error.code).toBe('ROLE_FORBIDDEN');
    signInForTests(core, 'supervisor');
    const unknown = (await ipcMain.invoke('reports:print', event(), {
      number: 'XYBG410400202611270000099',
    })) as Result<unknown>;
    expect(unknown.ok ? null : unknown.error.code).toBe('REPORT_NOT_FOUND');
    const foreign = {
      sender: contents,
      senderFrame: fakeTopFrame('https://evil.example/'),
    } as FakeInvokeEvent;
    const refused = (await ipcMain.invoke('reports:pdf', foreign, { number })) as Result<unknown>;
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    expect(contents.pdfCalls).toEqual([]);
    expect(contents.printCalls).toEqual([]);
  });
});

describe('check:sheet-pdf and check:sheet-print (the 核查记录单) in the desktop shell', () => {
  it('prints through the same path as reports once the core finds the check; an unknown one never reaches it', async () => {
    signInForTests(core, 'clerk');
    const checked = (await dispatch(core.handlers, 'check:run', {
      context: { caseNumber: 'PDS-2026-0042', matterCode: 'PDS-CG-001' },
      applicant: { by: 'subject', subjectId: 'demo-s-0001' },
    })) as Result<CheckResult>;
    if (!checked.ok) throw new Error(checked.error.message);
    const { checkId } = checked.value;
    const path = join(dir, 'sheet.pdf');
    dialog.answer = { canceled: false, filePath: path };
    expect(await ipcMain.invoke('check:sheet-pdf', event(), { checkId })).toEqual({
      ok: true,
      value: { saved: true, path },
    });
    expect(dialog.asked).toMatchObject([
      { options: { title: '保存核查记录单', defaultPath: '核查记录单.pdf' } },
    ]);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await ipcMain.invoke('check:sheet-print', event(), { checkId })).toEqual({
      ok: true,
      value: { printed: true },
    });
    const unknown = (await ipcMain.invoke('check:sheet-pdf', event(), {
      checkId: 'no-such-check',
    })) as Result<unknown>;
    expect(unknown.ok ? null : unknown.error.code).toBe('CHECK_NOT_FOUND');
    expect(contents.pdfCalls).toHaveLength(1);
    expect(contents.printCalls).toHaveLength(1);
  });
});
