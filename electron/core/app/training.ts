import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * 培训模式: chosen only by `trainingMode: true` in deployment.json (docs/deployment.md). A training cache lives in
 * a folder of its own under the data folder, so training data and a real cache never mix, whichever the PC
 * starts with.
 */
export const TRAINING_FOLDER = 'training';

export const trainingDataDir = (dataDir: string, training: boolean): string =>
  training ? join(dataDir, TRAINING_FOLDER) : dataDir;

export const trainingDataMissing =
  '本安装没有培训数据（演示数据集与演示账号），无法以培训模式启动：请安装培训版，或请管理员在部署配置中去掉 trainingMode（培训模式）';

/** Whether this installation ships the demo data set and accounts (the normal package does not). */
export const hasDemoData = (resourcesDir: string): boolean =>
  existsSync(join(resourcesDir, 'demo', 'demo-data.json')) &&
  existsSync(join(resourcesDir, 'demo', 'demo-users.json'));

export const trainingMessages = {
  notDemoPlatform:
    '培训模式只能连接演示（培训）平台：部署配置中的市平台不是演示平台，为免培训数据与真实数据混用，已拒绝登记与同步',
} as const;
export const TRAINING_PLATFORM_REFUSED = 'TRAINING_PLATFORM_REFUSED';
