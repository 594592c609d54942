import { join } from 'node:path';
import type { ExternalAdapter } from './adapter';
import { createSimulator, loadSimulatorConfig } from './simulator';

/** Demo mode's adapter: the reference simulator with the demo answers (resources/demo/external-queries.json). */
export const demoSimulator = (resourcesDir: string, now: () => Date): ExternalAdapter =>
  createSimulator(loadSimulatorConfig(join(resourcesDir, 'demo', 'external-queries.json')), now);
