import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeStandInElectron } from './stand-in-electron';

const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

export type AssembledPackage = {
  /** release/linux-unpacked: what the deb and the AppImage install. */
  unpacked: string;
  /** Its resources folder (process.resourcesPath in the packaged app). */
  resourcesPath: string;
  asar: string;
  /** The product's executable: the stand-in Electron, renamed, with its fuses flipped. */
  executable: string;
  /** What electron-builder printed. */
  log: string;
};

/** The environment electron-builder runs in: no package manager of the caller's, no signing, no publishing. */
function builderEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (name.startsWith('npm_') || name.startsWith('CSC_') || name === 'GH_TOKEN') delete env[name];
  // The checkout's node_modules may be a symbolic link (a git worktree sharing one install), which `npm ls`, the
  // collector electron-builder picks for npm, does not follow; its own traversal of node_modules does.
  env.npm_config_user_agent = 'traversal';
  return env;
}

/**
 * Builds the app and assembles its Linux package with electron-builder, as `npm run dist` does, around a stand-in
 * Electron (stand-in-electron.ts), in `work`: a copy of the project (package.json, electron-builder.yml, the whole
 * resources/ folder so the configuration's filters are what is tested, node_modules linked) whose dist/ is built
 * there by scripts/build.mjs (CCW_DIST_DIR), so the checkout's own dist/ is never touched.
 */
export async function assemblePackage(work: string): Promise<AssembledPackage> {
  const project = join(work, 'project');
  mkdirSync(project, { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml'])
    copyFileSync(join(ROOT, file), join(project, file));
  cpSync(join(ROOT, 'resources'), join(project, 'resources'), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(project, 'node_modules'), 'dir');
  await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CCW_DIST_DIR: join(project, 'dist') },
  });
  const electronDist = makeStandInElectron(join(work, 'electron-dist'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const built = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--projectDir',
      project,
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.electronVersion=${pkg.devDependencies.electron}`,
    ],
    { cwd: project, env: builderEnv(), maxBuffer: 16 * 1024 * 1024 },
  );
  const unpacked = join(project, 'release', 'linux-unpacked');
  const executables = readdirSync(unpacked).filter((name) => statSync(join(unpacked, name)).isFile());
  if (executables.length !== 1)
    throw new Error(`expected one executable in ${unpacked}: ${executables.join(', ')}`);
  const resourcesPath = join(unpacked, 'resources');
  return {
    unpacked,
    resourcesPath,
    asar: join(resourcesPath, 'app.asar'),
    executable: join(unpacked, executables[0] ?? ''),
    log: `${built.stdout}${built.stderr}`,
  };
}
