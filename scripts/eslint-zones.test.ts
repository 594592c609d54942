import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The zones of eslint.config.mjs, tried: in every folder, an import from a layer above it is a lint error, and
// an import from a layer below it is not; in the renderer, a feature importing another feature is one too. Only the import rule runs (the snippets are not in any tsconfig).
const ROOT = resolve(__dirname, '..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { project: false, projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function refused(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = imported;\n`, { filePath: file });
  return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

// [a file of the zone, an import it must not make, an import it may make]
const zones: [string, string, string][] = [
  ['shared/domain/zone.ts', "import { imported } from 'node:fs';", "import { imported } from './subject';"],
  [
    'shared/domain/zone.ts',
    "import { imported } from '../../node-shared/db/connection';",
    "import { imported } from '../result';",
  ],
  [
    'node-shared/db/zone.ts',
    "import { imported } from '../../electron/core/core';",
    "import { imported } from '../../shared/result';",
  ],
  [
    'node-shared/db/zone.ts',
    "import { imported } from '../../platform/registry/seed';",
    "import { imported } from 'better-sqlite3';",
  ],
  [
    'electron/core/check/zone.ts',
    "import { imported } from '../../../platform/registry/seed';",
    "import { imported } from '../../../node-shared/db/connection';",
  ],
  [
    'electron/core/check/zone.ts',
    "import { imported } from 'electron';",
    "import { imported } from 'node:fs';",
  ],
  [
    'electron/core/check/zone.ts',
    "import { imported } from '../../main/ipc';",
    "import { imported } from '../core';",
  ],
  // The core process's entry runs in an Electron utility process and still never imports Electron.
  [
    'electron/core/process/zone.ts',
    "import { imported } from 'electron';",
    "import { imported } from '../ipc/dispatch';",
  ],
  [
    'electron/browser/zone.ts',
    "import { imported } from '../../platform/start-platform';",
    "import { imported } from '../core/core';",
  ],
  [
    'electron/browser/zone.ts',
    "import { imported } from '../main/ipc';",
    "import { imported } from 'node:http';",
  ],
  [
    'electron/main/zone.ts',
    "import { imported } from '../../platform/start-platform';",
    "import { imported } from '../core/core';",
  ],
  ['electron/main/zone.ts', "import { imported } from 'fastify';", "import { imported } from 'electron';"],
  ['electron/preload/zone.ts', "import { imported } from 'node:fs';", "import { imported } from 'electron';"],
  [
    'electron/preload/zone.ts',
    "import { imported } from '../core/core';",
    "import { imported } from '../../shared/contract/channels';",
  ],
  [
    'platform/registry/zone.ts',
    "import { imported } from '../../electron/core/db/migrations';",
    "import { imported } from '../../node-shared/db/connection';",
  ],
  [
    'platform/registry/zone.ts',
    "import { imported } from '../../integration/testing/platform-fixture';",
    "import { imported } from 'fastify';",
  ],
  [
    'platform/registry/zone.test.ts',
    "import { imported } from '../../electron/core/core';",
    "import { imported } from '../testing/temp-platform';",
  ],
  [
    'electron/core/sync/zone.test.ts',
    "import { imported } from '../../../platform/outbox/evidence.repo';",
    "import { imported } from '../testing/temp-core';",
  ],
  [
    'renderer/features/check/zone.tsx',
    "import { imported } from '../../../electron/core/core';",
    "import { imported } from '../../app/texts';",
  ],
  [
    'renderer/features/check/zone.tsx',
    "import { imported } from 'node:fs';",
    "import { imported } from '@mui/material';",
  ],
  // A renderer feature does not import another feature, by either path; what two features use lives in app/.
  [
    'renderer/features/records/zone.tsx',
    "import { imported } from '../check/CheckPage';",
    "import { imported } from '../../app/check-result/ResultCard';",
  ],
  [
    'renderer/features/dashboard/zone.tsx',
    "import { imported } from '../../features/records/RecordsPage';",
    "import { imported } from '../../app/records/RecordsTable';",
  ],
  [
    'renderer/features/commitments/form/zone.tsx',
    "import { imported } from '../../check/ContextForm';",
    "import { imported } from '../../../app/matters/MatterSelect';",
  ],
  [
    'renderer/features/repairs/detail/zone.tsx',
    "import { imported } from '../../../features/check/CheckPage';",
    "import { imported } from '../list/repairs-store';",
  ],
  [
    'renderer/features/records/zone.tsx',
    "import { imported } from '../../../electron/core/core';",
    "import { imported } from './RecordsPage';",
  ],
  [
    'integration/sync/zone.test.ts',
    "import { imported } from '../../renderer/app/sync/sync-store';",
    "import { imported } from '../../platform/outbox/evidence.repo';",
  ],
  [
    'e2e/zone.spec.ts',
    "import { imported } from '../electron/core/core';",
    "import { imported } from '../shared/time';",
  ],
  [
    'e2e/zone.spec.ts',
    "import { imported } from 'better-sqlite3';",
    "import { imported } from './fixtures';",
  ],
];

describe('lint zones', () => {
  it.each(zones)('%s: refuses %s', async (file, wrong, right) => {
    expect(await refused(resolve(ROOT, file), wrong)).toBe(true);
    expect(await refused(resolve(ROOT, file), right)).toBe(false);
  });
});
