import type { ReportVerification, ReportVerificationStatus } from '../../shared/platform-api/report';
import { subjectKindLabels } from '../../shared/domain/labels';
import { REPORT_TITLE } from '../../shared/report/labels';
import { formatBeijing } from '../../shared/time';
import { escapeHtml } from '../http/html';

// The public page a report's QR code opens: plain Chinese HTML, no script, no outside resource.

const verdicts: Record<ReportVerificationStatus, { title: string; text: string; colour: string }> = {
  valid: {
    title: '核验通过',
    text: '该报告编号已在市信用平台登记，报告内容摘要与登记一致。',
    colour: '#1b5e20',
  },
  'hash-mismatch': {
    title: '内容不一致',
    text: '该报告编号已登记，但所持报告的内容摘要与登记不符：报告可能被改动，请向出具单位核实。',
    colour: '#b71c1c',
  },
  unknown: {
    title: '未登记',
    text: '市信用平台没有该编号的报告。离线出具的报告在出具电脑下次同步后方可核验；如仍未登记，请向出具单位核实。',
    colour: '#e65100',
  },
};

/** The Content-Security-Policy the page is served with: inline style only. */
export const VERIFY_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function verifyPageHtml(verification: ReportVerification): string {
  const verdict = verdicts[verification.status];
  const rows: [string, string][] = [['报告编号', verification.number]];
  const report = verification.report;
  if (report !== null)
    rows.push(
      ['信用主体', `${report.subjectName}（${subjectKindLabels[report.subjectKind]}）`],
      ['证件号码', report.identifier],
      ['出具单位', report.issuingUnit],
      ['出具时间', formatBeijing(report.issuedAt)],
      ['数据截止时间', formatBeijing(report.dataAsOf)],
      ['登记时间', formatBeijing(report.registeredAt)],
    );
  rows.push(['核验时间', formatBeijing(verification.checkedAt)]);
  const table = rows
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${REPORT_TITLE}核验 · ${escapeHtml(verdict.title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:24px;color:#212121;background:#f5f5f5}
main{max-width:640px;margin:0 auto;background:#fff;padding:24px;border-radius:8px}
h1{font-size:20px;margin:0 0 16px}
.verdict{font-size:28px;font-weight:bold;color:${verdict.colour};margin:0 0 8px}
table{border-collapse:collapse;width:100%;margin-top:16px}th,td{border:1px solid #ccc;padding:8px;text-align:left}
th{width:9em;background:#fafafa;font-weight:normal;color:#555}
</style></head>
<body><main>
<h1>${REPORT_TITLE}核验</h1>
<p class="verdict" data-status="${verification.status}">${escapeHtml(verdict.title)}</p>
<p>${escapeHtml(verdict.text)}</p>
<table>${table}</table>
<p><small>本页仅核验报告编号与内容摘要是否与市信用平台登记一致，不对报告内容作出评价。</small></p>
</main></body></html>`;
}
