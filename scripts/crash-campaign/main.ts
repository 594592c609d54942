import type { CampaignReport } from './campaign';

// npm run test:crash [-- --kills 60 --seed <seed> --minutes 8 --ops 0 --keep]
// Bundled into scripts/.crash-campaign.cjs; the same file runs the platform (--role platform) and the client
// (--role client) as processes of their own. Loopback only. Exit code 0 only when nothing was lost or
// duplicated, the audit chain verifies at both ends and the planned kills were all made. Each role loads only
// its own code (a dynamic import), so a process killed and started again is back quickly.

const argv = process.argv.slice(2);
const value = (flag: string): string => {
  const at = argv.indexOf(flag);
  return at >= 0 ? (argv[at + 1] ?? '') : '';
};

function print(report: CampaignReport): void {
  const { tally } = report;
  const row = (target: 'client' | 'platform') =>
    `写入 ${report.kills[target].write}，上传 ${report.kills[target].push}，下载 ${report.kills[target].pull}`;
  console.log(
    [
      `断电测试结果（种子 ${report.seed}）`,
      `  强制终止（SIGKILL）共 ${report.totalKills} 次${report.totalKills < report.planned ? `，未达到计划的 ${report.planned} 次（时限已到）` : ''}`,
      `    客户端：${row('client')}`,
      `    市平台：${row('platform')}`,
      `  完成的计划操作：${report.ops} 项（核查 ${tally.items.checks}，反馈 ${tally.items.feedback}，承诺 ${tally.items.commitments}，修复申请 ${tally.items.repairs}；审计日志 ${tally.items.audit} 条）`,
      `  同步：完成 ${report.syncs.ok} 次，中断 ${report.syncs.failed} 次`,
      `  待上传：已送达 ${report.done.outbox.delivered}，待送 ${report.done.outbox.pending}，被拒 ${report.done.outbox.rejected}，冲突 ${report.done.outbox.conflict}`,
      `  丢失 lost: ${tally.lost.length}`,
      ...tally.lost.slice(0, 20).map((line) => `    ${line}`),
      `  重复 duplicated: ${tally.duplicated.length}`,
      ...tally.duplicated.slice(0, 20).map((line) => `    ${line}`),
      `  审计哈希链：本机 ${tally.clientChain}；市平台 ${tally.platformChain}；${tally.chainVerified ? 'chain verified' : 'chain NOT verified'}`,
      `  下载校验（各表计数与哈希）：${report.done.checksumsEqual ? '一致' : '不一致'}`,
      `  数据库完整性：本机 ${tally.integrity.client}，市平台 ${tally.integrity.platform}`,
      `  用时 ${report.seconds} 秒`,
      ...(report.workDir === null ? [] : [`  数据目录（已保留）：${report.workDir}`]),
      report.passed ? '通过' : '未通过',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const role = value('--role');
  if (role === 'platform') {
    const { runPlatform } = await import('./platform-role');
    await runPlatform({
      dataDir: value('--data'),
      port: Number(value('--port')),
      init: argv.includes('--init'),
    });
    return;
  }
  if (role === 'client') {
    const { runClient } = await import('./client-role');
    await runClient({
      dataDir: value('--data'),
      url: value('--url'),
      seed: value('--seed'),
      code: argv.includes('--code') ? value('--code') : null,
      minOps: Number(value('--ops') || 0),
    });
    return;
  }
  const { parseOptions, runCampaign } = await import('./campaign');
  const { killAll } = await import('./child');
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      killAll();
      process.exit(1);
    });
  const options = parseOptions(argv);
  console.log(
    `断电测试：计划强制终止 ${options.kills} 次，时限 ${options.minutes} 分钟，种子 ${options.seed}（--seed ${options.seed} 可重现）`,
  );
  const report = await runCampaign(options);
  print(report);
  process.exit(report.passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
