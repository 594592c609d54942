import { join } from 'node:path';
import { openDatabase, type Db } from '../../node-shared/db/connection';
import { CHAIN_MESSAGES } from '../../node-shared/audit/chain';
import { openPlatformDb } from '../../platform/db/open-platform-db';
import { readChainHead } from '../../platform/audit/chain-heads.repo';
import { verifyAuditLog } from '../../electron/core/audit/chain-status';
import { getMeta } from '../../electron/core/app/meta.repo';
import { DATABASE_FILE } from '../../electron/core/core';
import { timesDone } from './client-ops';
import { opAt, type OpKind } from './plan';

// After the campaign, with both processes stopped: what the client wrote (each operation it reported done, each
// evidence row and workflow item in its cache, by id) against what the platform holds.

export type Acknowledged = Map<number, { kind: OpKind; id: string }>;

export type Tally = {
  /**
   * Reported done by the client but missing from its cache, in its cache but missing at the platform, or an outbox
   * entry not delivered (refused, in conflict or still pending): every planned operation is one the platform must
   * accept, so no refusal is a business answer here.
   */
  lost: string[];
  /** A planned operation or an id found more than once, at the client or at the platform. */
  duplicated: string[];
  items: { checks: number; feedback: number; commitments: number; repairs: number; audit: number };
  clientChain: string;
  platformChain: string;
  chainVerified: boolean;
  integrity: { client: string; platform: string };
};

const ids = (db: Db, sql: string, ...params: unknown[]): string[] =>
  db
    .prepare(sql)
    .pluck()
    .all(...params)
    .map(String);

export function tally(
  /** The client's data folder and its cache key (the cache is encrypted). */
  cache: { dataDir: string; cacheKey: string },
  platformDir: string,
  seed: string,
  ops: number,
  acknowledged: Acknowledged,
): Tally {
  const client = openDatabase(join(cache.dataDir, DATABASE_FILE), { key: cache.cacheKey });
  const platform = openPlatformDb(platformDir);
  try {
    const device = getMeta(client, 'device_id') ?? '';
    const lost: string[] = [];
    const duplicated: string[] = [];
    // Locally: every operation the client said it did is in its cache, once.
    for (const [index, done] of acknowledged) {
      if (timesDone(client, opAt(seed, index)) === 0)
        lost.push(`本机：第 ${index} 项（${done.kind} ${done.id}）`);
    }
    for (let index = 0; index < ops; index += 1) {
      const op = opAt(seed, index);
      const times = timesDone(client, op);
      if (times > 1) duplicated.push(`本机：第 ${index} 项（${op.kind}）×${times}`);
    }
    // Every entry the client wrote is delivered: a refusal or a conflict would leave its item off the platform.
    const undelivered = client
      .prepare(
        "SELECT mutation_id AS id, kind, state, error_code AS code, error_message AS message FROM outbox WHERE state <> 'delivered' ORDER BY mutation_id",
      )
      .all() as { id: number; kind: string; state: string; code: string | null; message: string | null }[];
    for (const entry of undelivered)
      lost.push(
        `待上传 #${entry.id}（${entry.kind}）${entry.state}：${entry.code ?? ''} ${entry.message ?? ''}`,
      );
    // At the platform: every id of the cache is there, once (evidence by device and id; workflow items, which the
    // platform holds for every office, by id).
    const pairs: [string, string, string][] = [
      [
        '核查',
        'SELECT id FROM checks',
        'SELECT count(*) FROM platform_checks WHERE device_id = ? AND check_id = ?',
      ],
      [
        '反馈',
        'SELECT id FROM check_feedback',
        'SELECT count(*) FROM platform_feedback WHERE device_id = ? AND feedback_id = ?',
      ],
      ['承诺', 'SELECT id FROM commitments', 'SELECT count(*) FROM commitments WHERE id = ?'],
      [
        '修复申请',
        'SELECT id FROM repair_applications',
        'SELECT count(*) FROM repair_applications WHERE id = ?',
      ],
      [
        '审计',
        'SELECT seq FROM audit_log',
        "SELECT count(*) FROM platform_audit WHERE device_id = ? AND json_extract(payload, '$.seq') = CAST(? AS INTEGER)",
      ],
    ];
    const counted: number[] = [];
    for (const [label, localSql, platformSql] of pairs) {
      const local = ids(client, localSql);
      counted.push(local.length);
      const count = platform.prepare(platformSql).pluck();
      for (const id of local) {
        const times = (platformSql.includes('device_id') ? count.get(device, id) : count.get(id)) as number;
        if (times === 0) lost.push(`市平台：${label} ${id}`);
        if (times > 1) duplicated.push(`市平台：${label} ${id} ×${times}`);
      }
    }
    // The same planned work arriving twice under new ids (a check or commitment made again after a kill).
    duplicated.push(
      ...ids(
        platform,
        "SELECT case_number FROM commitments WHERE case_number LIKE 'CRASH-%' GROUP BY case_number HAVING count(*) > 1",
      ).map((key) => `市平台：承诺 ${key} 重复`),
      ...ids(
        platform,
        "SELECT target_id FROM repair_applications WHERE target_id LIKE 'crash-penalty-%' GROUP BY target_id HAVING count(*) > 1",
      ).map((key) => `市平台：修复申请 ${key} 重复`),
      ...ids(
        platform,
        "SELECT json_extract(payload, '$.context.caseNumber') AS key FROM platform_checks WHERE device_id = ? GROUP BY key HAVING count(*) > 1",
        device,
      ).map((key) => `市平台：核查 ${key} 重复`),
      ...ids(
        platform,
        'SELECT check_id FROM platform_feedback WHERE device_id = ? GROUP BY check_id HAVING count(*) > 1',
        device,
      ).map((key) => `市平台：核查 ${key} 的反馈重复`),
    );
    const head = readChainHead(platform, device);
    const verdict = verifyAuditLog(
      client,
      head.headHash === null ? null : { seq: head.headSeq, hash: head.headHash },
    );
    const localHead = client.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null;
    const clientChain = verdict.ok ? `完整，${verdict.count} 条` : `断链：${verdict.message}`;
    const platformChain =
      head.breaks.length > 0
        ? `断链 ${head.breaks.length} 处：${head.breaks.map((found) => CHAIN_MESSAGES[found.reason](found.seq)).join('；')}`
        : `完整，已确认至第 ${head.headSeq} 条`;
    return {
      lost,
      duplicated,
      items: {
        checks: counted[0] ?? 0,
        feedback: counted[1] ?? 0,
        commitments: counted[2] ?? 0,
        repairs: counted[3] ?? 0,
        audit: counted[4] ?? 0,
      },
      clientChain,
      platformChain,
      chainVerified: verdict.ok && head.breaks.length === 0 && head.headSeq === (localHead ?? 0),
      integrity: {
        client: String(client.pragma('integrity_check', { simple: true })),
        platform: String(platform.pragma('integrity_check', { simple: true })),
      },
    };
  } finally {
    client.close();
    platform.close();
  }
}
