import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one CommonJS file for Node, the way scripts/build.mjs bundles the shipped
 * processes (better-sqlite3 stays external: its native build is loaded from node_modules), for tests that run it
 * as a process of its own. `external`: more packages left to node_modules (the load benchmark's `pg`).
 */
export async function bundleForNode(
  entry: string,
  outfile: string,
  options: { external?: readonly string[] } = {},
): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', ...(options.external ?? [])],
    logLevel: 'silent',
  });
  return outfile;
}
