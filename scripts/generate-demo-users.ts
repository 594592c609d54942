// Writes resources/demo/demo-users.json: the three demo accounts with their scrypt hashes, made once here so
// neither the platform nor the client spends scrypt on them at every start. Run with
//   npx esbuild scripts/generate-demo-users.ts --bundle --platform=node --outfile=scripts/.generate-demo-users.cjs \
//     && node scripts/.generate-demo-users.cjs
// Demo only: the password is published in resources/demo/README.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../node-shared/auth/passwords';
import type { DemoUsers } from '../node-shared/auth/demo-users';

const DEMO_PASSWORD = 'demo1234';

const accounts = [
  { username: 'wangfang', displayName: '王芳', role: 'clerk' },
  { username: 'zhaomin', displayName: '赵敏', role: 'supervisor' },
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
] as const;

async function main(): Promise<void> {
  const file: DemoUsers = {
    notice: '演示账号，仅供演示数据使用，密码公开（见 README.md），不得用于生产环境。',
    unit: { code: '11410400MB1A23456X', name: '平顶山市政务服务中心', districtCode: '410400' },
    users: await Promise.all(
      accounts.map(async (account) => ({
        ...account,
        department: '平顶山市行政审批和政务信息管理局（示例）',
        districtCode: '410400',
        passwordHash: await hashPassword(DEMO_PASSWORD),
      })),
    ),
  };
  writeFileSync(
    join(__dirname, '..', 'resources', 'demo', 'demo-users.json'),
    `${JSON.stringify(file, null, 2)}\n`,
  );
}

void main();
