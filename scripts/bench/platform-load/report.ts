import type { BenchReport } from './run';

const seconds = (value: number | null): string => (value === null ? '—' : `${value} 秒`);

/** Columns a terminal gives the text: two for a CJK character, one for ASCII. */
const displayWidth = (text: string): number =>
  [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);

/** The run as a table for people (Chinese), one line a figure. */
export function reportTable(report: BenchReport): string {
  const { delivery, evidence } = report;
  const rows: [string, string][] = [
    ['数据库', report.engine === 'sqlite' ? 'SQLite（WAL）' : 'PostgreSQL'],
    ['市平台进程', `${report.processes} 个`],
    ['模拟窗口电脑', `${report.clients} 台（${report.workers} 个进程）`],
    [
      '获取变更方式',
      report.mode === 'wait' ? '等待变更（长轮询）' : `定时拉取（每 ${report.pollSeconds} 秒）`,
    ],
    ['测量时长', `${report.seconds} 秒（预热 ${report.warmupSeconds} 秒）`],
    ['发布失信记录', `${delivery.published} 条`],
    ['时效 p50', seconds(delivery.freshnessP50Seconds)],
    ['时效 p95', seconds(delivery.freshnessP95Seconds)],
    ['时效 p99', seconds(delivery.freshnessP99Seconds)],
    ['时效最长', seconds(delivery.freshnessMaxSeconds)],
    ['时效样本', `${delivery.freshnessSamples} 个`],
    ['上报速率', `${report.pushesPerSecond} 次/秒（每次一条核查及其反馈，共 ${report.pushes} 次）`],
    ['取变更请求', `${report.feedRequestsPerSecond} 次/秒`],
    ['平台每个请求耗 CPU', report.cpuMsPerRequest === null ? '—' : `${report.cpuMsPerRequest} 毫秒`],
    [
      '错误',
      `${report.errorCount} 个${
        report.errorCount === 0
          ? ''
          : `（${Object.entries(report.errors)
              .map(([code, n]) => `${code} ${n}`)
              .join('，')}）`
      }`,
    ],
    ['丢失 / 重复的记录', `${delivery.lost} / ${delivery.duplicated}`],
    [
      '平台保存的核查',
      `${evidence.checksStored} 条（确认已收 ${evidence.checksApplied} 条，缺 ${evidence.checksMissing}，多 ${evidence.checksUnexpected}）`,
    ],
    ['平台保存的反馈', `${evidence.feedbackStored} 条（确认已收 ${evidence.feedbackApplied} 条）`],
    ...report.platform.map((usage, i): [string, string] => [
      `市平台进程 ${i + 1}`,
      `内存峰值 ${usage.peakRssMb} MB，CPU 平均 ${usage.cpuPercent}%（最高 ${usage.peakCpuPercent}%，以单核计）`,
    ]),
    ['模拟客户端进程 CPU', report.clientCpuPercent.map((cpu) => `${cpu}%`).join('、') + '（以单核计）'],
    ['本机', `${report.machine.cpus} 核，测量结束时 1 分钟平均负载 ${report.machine.loadAverage}`],
    ['结论', report.ok ? '无错误，无丢失、无重复' : '未通过：见上方错误、丢失或重复'],
  ];
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows
    .map(([label, value]) => `${label}${' '.repeat(width + 2 - displayWidth(label))}${value}`)
    .join('\n');
}
