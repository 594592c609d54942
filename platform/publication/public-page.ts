import type {
  PublicCommitmentsResponse,
  PublicCommitmentsQuery,
} from '../../shared/platform-api/commitment-publication';
import { platformRoutes } from '../../shared/platform-api/api';
import { formatBeijing } from '../../shared/time';
import { escapeHtml } from '../http/html';

// 信用承诺公示: the public page of the published commitments. Plain Chinese HTML, no script, no outside resource;
// every value escaped (names and texts were typed at a counter).

/** Inline style only; the search form submits to this page itself. */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'";

const TITLE = '信用承诺公示';

const rows: [string, keyof PublicCommitmentsResponse['items'][number]][] = [
  ['承诺人类别', 'committerKind'],
  ['承诺人代码', 'committerIdentifier'],
  ['承诺类型', 'type'],
  ['承诺事由', 'reason'],
  ['承诺内容', 'content'],
  ['违诺责任', 'liability'],
  ['作出日期', 'madeOn'],
  ['有效期至', 'validUntil'],
  ['履行状态', 'fulfilment'],
  ['未履行的承诺内容', 'unfulfilledContent'],
  ['违诺责任追究', 'liabilityPursued'],
  ['认定日期', 'verifiedOn'],
  ['认定单位', 'recognisingUnit'],
  ['受理单位', 'acceptingUnit'],
];

const pageLink = (q: string, page: number): string =>
  `${platformRoutes.publicCommitmentsPage}?${new URLSearchParams({ ...(q === '' ? {} : { q }), page: String(page) }).toString()}`;

function item(commitment: PublicCommitmentsResponse['items'][number]): string {
  const body = rows
    .filter(([, field]) => commitment[field] !== '')
    .map(([label, field]) => `<tr><th>${label}</th><td>${escapeHtml(commitment[field])}</td></tr>`)
    .join('');
  return `<section class="item"><h2>${escapeHtml(commitment.committerName)}</h2>
<p class="code">承诺编码 ${escapeHtml(commitment.code)}</p><table>${body}</table></section>`;
}

function pager(listing: PublicCommitmentsResponse): string {
  const pages = Math.max(1, Math.ceil(listing.total / listing.pageSize));
  const links: string[] = [];
  if (listing.page > 1)
    links.push(`<a href="${escapeHtml(pageLink(listing.q, listing.page - 1))}">上一页</a>`);
  links.push(`<span>第 ${listing.page} 页，共 ${pages} 页</span>`);
  if (listing.page < pages)
    links.push(`<a href="${escapeHtml(pageLink(listing.q, listing.page + 1))}">下一页</a>`);
  return `<nav>${links.join(' ')}</nav>`;
}

function layout(q: string, content: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:24px;color:#212121;background:#f5f5f5}
main{max-width:880px;margin:0 auto;background:#fff;padding:24px;border-radius:8px}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:0 0 4px}
form{display:flex;gap:8px;margin:12px 0}input{flex:1;padding:8px;font-size:15px}button{padding:8px 20px;font-size:15px}
.item{border-top:1px solid #ddd;padding:16px 0}.code{color:#555;margin:0 0 8px;font-size:13px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
th{width:9em;background:#fafafa;font-weight:normal;color:#555}td{white-space:pre-wrap;word-break:break-all}
nav{margin-top:16px;display:flex;gap:16px;align-items:center}.error{color:#b71c1c;font-weight:bold}
small{color:#666}
</style></head>
<body><main>
<h1>${TITLE}</h1>
<p>本页公示市信用平台归集的、公开类型为“可向社会公开”的信用承诺及其履行情况。</p>
<form method="get" action="${platformRoutes.publicCommitmentsPage}" role="search">
<input type="search" name="q" value="${escapeHtml(q)}" maxlength="50" placeholder="承诺人名称、统一社会信用代码或承诺编码" aria-label="查询内容">
<button type="submit">查询</button></form>
<p><small>自然人的姓名和身份证号码已作脱敏处理；自然人作出的承诺只能按承诺编码查询。</small></p>
${content}
</main></body></html>`;
}

export function publicCommitmentsHtml(listing: PublicCommitmentsResponse): string {
  const summary =
    listing.q === ''
      ? `<p>共 ${listing.total} 条公示承诺（数据截至 ${escapeHtml(formatBeijing(listing.asOf))}）。</p>`
      : `<p>查询“${escapeHtml(listing.q)}”，共 ${listing.total} 条（数据截至 ${escapeHtml(formatBeijing(listing.asOf))}）。</p>`;
  const items =
    listing.items.length === 0
      ? '<p class="empty">没有符合条件的公示承诺。</p>'
      : listing.items.map(item).join('\n');
  return layout(listing.q, `${summary}\n${items}\n${pager(listing)}`);
}

/** The page answering a query it refuses (too long, a bad page number): what was wrong, and the form again. */
export function publicCommitmentsErrorHtml(message: string, query: Partial<PublicCommitmentsQuery>): string {
  const q = typeof query.q === 'string' ? query.q.slice(0, 50) : '';
  return layout(q, `<p class="error">${escapeHtml(message)}</p>`);
}
