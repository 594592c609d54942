import type { ExternalQueryOutcome } from '../domain/check';
import type { ExternalEntry, ExternalQueryReply } from '../platform-api/external-query';

/** The record's summary is at most this long (ExternalQueryRecord); the attachment holds the whole answer. */
const SUMMARY_MAX = 2000;

/**
 * 发现失信记录 when the site shows an adverse record or list entry (失信 / 负面, as the site marks it); a subject
 * not found, or found with none, is 未发现失信记录. The clerk reads the entries either way.
 */
export const externalAnswerOutcome = (reply: ExternalQueryReply): ExternalQueryOutcome =>
  reply.answer.entries.some((entry) => entry.adverse) ? 'found' : 'clear';

const dateText = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

const entryText = (entry: ExternalEntry, index: number): string => {
  const parts = [entry.department, dateText(entry.date), entry.category].filter((part) => part !== '');
  return `${index + 1}. ${entry.title}（${parts.join('，')}）`;
};

/** The lines of one group of entries, under a heading, as many as fit in `room` characters. */
function listed(heading: string, entries: readonly ExternalEntry[], room: number): string[] {
  const lines = [heading];
  let used = heading.length;
  for (const [index, entry] of entries.entries()) {
    const line = entryText(entry, index);
    if (used + line.length + 1 > room) {
      lines.push(`……另有${entries.length - index}条，详见附件`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

/**
 * What the site showed, in Chinese, for the external query's record: whether the subject was found, its adverse
 * entries, then its other entries, each with department, date and category; the reference to find the query
 * again. Entries past the record's length are counted and left to the attached answer.
 */
export function externalAnswerSummary(reply: ExternalQueryReply): string {
  const { answer } = reply;
  const site = `“${answer.channel}”`;
  const reference = `查询编号：${answer.referenceId}（经市平台查询）`;
  if (!answer.found) return `${site}未查到该主体。\n${reference}`;
  const name = answer.subjectName === null ? '该主体' : `该主体“${answer.subjectName}”`;
  const adverse = answer.entries.filter((entry) => entry.adverse);
  const other = answer.entries.filter((entry) => !entry.adverse);
  const head =
    adverse.length > 0
      ? `${site}显示${name}有失信记录${adverse.length}条。`
      : `${site}查到${name}，未显示失信记录。`;
  const room = SUMMARY_MAX - head.length - reference.length - 10;
  const adverseLines =
    adverse.length > 0 ? listed('失信记录：', adverse, room / (other.length > 0 ? 1.5 : 1)) : [];
  const usedByAdverse = adverseLines.join('\n').length;
  const otherLines = other.length > 0 ? listed('其他记录：', other, room - usedByAdverse) : [];
  return [head, ...adverseLines, ...otherLines, reference].join('\n');
}
