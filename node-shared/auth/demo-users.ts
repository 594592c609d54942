import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PlatformUser } from '../../shared/platform-api/api';

/**
 * The demo accounts (resources/demo/demo-users.json, written by scripts/generate-demo-users.ts): the platform
 * record of each with a scrypt hash made once at generation time. The platform creates them with the demo data set; a cache
 * loaded with the local demo data gets them in its offline credential cache, so sign-in works out of the box.
 */
export const DemoUsers = z.object({
  notice: z.string(),
  /**
   * The demo office every demo account works for (受理单位 code and name, district): a demo platform's accounts
   * may write commitments and repairs only from a device enrolled for it (platform/workflow/authorise-entry.ts).
   */
  unit: z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    districtCode: z.string().regex(/^\d{6}$/),
  }),
  users: z.array(PlatformUser.extend({ passwordHash: z.string().startsWith('scrypt$') })).min(1),
});
export type DemoUsers = z.infer<typeof DemoUsers>;
export type DemoUser = DemoUsers['users'][number];

export type DemoUnit = DemoUsers['unit'];

const loadDemoFile = (resourcesDir: string): DemoUsers =>
  DemoUsers.parse(JSON.parse(readFileSync(join(resourcesDir, 'demo', 'demo-users.json'), 'utf8')));

export const loadDemoUsers = (resourcesDir: string): DemoUser[] => loadDemoFile(resourcesDir).users;

/** The office of the demo accounts: enrolment codes for demo windows name it. */
export const loadDemoUnit = (resourcesDir: string): DemoUnit => loadDemoFile(resourcesDir).unit;
