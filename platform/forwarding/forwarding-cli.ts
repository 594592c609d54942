import { z } from 'zod';
import { formatBeijing } from '../../shared/time';
import { deliveryStateLabels } from '../../shared/domain/labels';
import type { Db } from '../../node-shared/db/connection';
import { deliveryStates } from './deliveries.repo';
import { loadBundledFieldSet, type ReceiverMode, startReferenceReceiver } from './reference-receiver';
import type { ForwardingConfig } from './start-forwarding';

export const DEFAULT_RECEIVER_PORT = 8430;

const ReceiverModeArg = z.enum(['ok', 'error', 'timeout', 'reset'], {
  error: '--receiver-mode 应为 ok、error、timeout 或 reset',
});

/** The forwarding options of a serving platform, from PLATFORM_PROVINCIAL_URL / --provincial-url. */
export function forwardingConfig(url: string | undefined): ForwardingConfig {
  if (url === undefined || url === '') return {};
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`省联合奖惩系统接收地址无效：${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`省联合奖惩系统接收地址应以 http:// 或 https:// 开头：${url}`);
  return { receiverUrl: parsed.toString() };
}

/**
 * `--provincial-receiver [--receiver-mode ok|error|timeout|reset]`: serves the reference receiver alone (port
 * PROVINCIAL_RECEIVER_PORT, 8430 by default) and prints `RECEIVER_URL=…`, for a platform started with
 * `--provincial-url` that URL, in tests and demos.
 */
export async function runReceiverCli(options: {
  resourcesDir: string;
  host: string;
  mode: string | undefined;
}): Promise<void> {
  const mode: ReceiverMode = ReceiverModeArg.parse(options.mode ?? 'ok');
  const port = Number(process.env.PROVINCIAL_RECEIVER_PORT ?? DEFAULT_RECEIVER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PROVINCIAL_RECEIVER_PORT 无效：${process.env.PROVINCIAL_RECEIVER_PORT}`);
  const receiver = await startReferenceReceiver({
    fields: loadBundledFieldSet(options.resourcesDir),
    port,
    host: options.host,
    mode,
  });
  console.log(`RECEIVER_URL=${receiver.url}`);
  const stop = (): void => {
    receiver.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `--feedback-deliveries`: every queued feedback record and where its forwarding stands. */
export const feedbackDeliveriesCli = (db: Db): string => {
  const rows = deliveryStates(db);
  if (rows.length === 0) return '尚无待报送或已报送的反馈';
  return rows
    .map((row) =>
      [
        row.deliveryKey,
        `核查 ${row.checkId}`,
        deliveryStateLabels[row.state],
        `已尝试 ${row.attempts} 次`,
        row.deliveredAt === null ? '' : `报送时间 ${formatBeijing(row.deliveredAt)}`,
        row.lastError ?? '',
      ]
        .filter((part) => part !== '')
        .join('  '),
    )
    .join('\n');
};
