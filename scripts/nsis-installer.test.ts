import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The installer script IT's silent installs rely on (/CONFIG=<path>) is compiled here with NSIS's own compiler,
// the way electron-builder compiles it (Unicode, warnings as errors, UTF-8 input), inside a small harness that
// inserts its macros where electron-builder's installer.nsi does: customInit in .onInit, customInstall in the
// install section. Running the installer needs Windows; compiling it catches every syntax error and unknown
// variable or macro.
const ROOT = resolve(__dirname, '..');
const SCRIPT = join(ROOT, 'resources', 'build', 'installer.nsh');
const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' });
const hasMakensis = makensis.status === 0;
if (!hasMakensis) {
  console.log(
    'makensis is not installed (Debian/Ubuntu: apt-get install nsis): the NSIS installer script is not compiled',
  );
}

const work = hasMakensis ? mkdtempSync(join(tmpdir(), 'ccw-nsis-')) : '';
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

function harness(include: string, options: { uninstaller?: boolean } = {}): string {
  return [
    'Unicode true',
    options.uninstaller === true ? '!define BUILD_UNINSTALLER' : '',
    '!include LogicLib.nsh',
    `!include "${include}"`,
    'Name "信用核查工作台"',
    `OutFile "${join(work, options.uninstaller === true ? 'uninstaller.exe' : 'installer.exe')}"`,
    'RequestExecutionLevel admin',
    'Function .onInit',
    '  !ifmacrodef customInit',
    '    !insertmacro customInit',
    '  !endif',
    'FunctionEnd',
    'Section "install"',
    '  !ifmacrodef customInstall',
    '    !insertmacro customInstall',
    '  !endif',
    '  !ifdef BUILD_UNINSTALLER',
    '    !ifmacrodef customInit',
    '      !error "the uninstaller build must not get the installer macros"',
    '    !endif',
    '  !endif',
    'SectionEnd',
    '',
  ].join('\n');
}

function compile(name: string, source: string): { status: number | null; output: string } {
  const file = join(work, name);
  writeFileSync(file, source);
  // electron-builder's own flags (NsisTarget: -WX, -INPUTCHARSET UTF8).
  const result = spawnSync('makensis', ['-V2', '-WX', '-INPUTCHARSET', 'UTF8', file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!hasMakensis)('resources/build/installer.nsh, compiled by makensis', () => {
  it('compiles into an installer, warnings as errors', () => {
    const result = compile('installer.nsi', harness(SCRIPT));
    expect(result.output).not.toMatch(/warning/i);
    expect(result.status, result.output).toBe(0);
  });

  it('adds nothing to the uninstaller build (which keeps %ProgramData% as it is)', () => {
    const result = compile('uninstaller.nsi', harness(SCRIPT, { uninstaller: true }));
    expect(result.status, result.output).toBe(0);
  });

  it('is checked for real: a script with a mistake does not compile', () => {
    const broken = join(work, 'broken.nsh');
    const text = readFileSync(SCRIPT, 'utf8').replace('${EndIf}', '${EndIff}');
    writeFileSync(broken, text);
    expect(compile('broken.nsi', harness(broken)).status).not.toBe(0);
  });

  it('reads /CONFIG=, refuses a missing file, copies into %ProgramData%\\信用核查工作台 under a locked ACL', () => {
    const text = readFileSync(SCRIPT, 'utf8');
    expect(text).toContain('${GetOptions} $ccwArgs "/CONFIG="');
    expect(text).toContain('SetErrorLevel ${CCW_EXIT_FAILED}');
    expect(text).toContain('!define CCW_EXIT_FAILED 2');
    expect(text).toContain('!define CCW_CONFIG_FOLDER "信用核查工作台"');
    expect(text).toContain('/inheritance:r');
    // The failure messages a person reads are Chinese.
    for (const [, message] of text.matchAll(/ccwFail "([^"]+)"/g)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});
