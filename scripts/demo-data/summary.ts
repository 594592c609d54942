// What the generator prints: counts per kind and status, then the notable subjects as the table of
// resources/demo/README.md (copy it there when the seed changes).
import { grades, listEntries, notable, records, subjects } from './data-set.ts';
import { gradeExamples } from './grades.ts';
import { UNKNOWN_USCC } from './identifiers.ts';

const count = <T>(items: readonly T[], key: (item: T) => string): string =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, item) => {
      acc[key(item)] = (acc[key(item)] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export function printSummary(output: string): void {
  console.log(`wrote ${output}`);
  console.log(
    `subjects ${subjects.length}: ${count(subjects, (s) => s.kind)}; status: ${count(subjects, (s) => s.status)}`,
  );
  console.log(
    `list entries ${listEntries.length}: ${count(listEntries, (e) => `${e.listType}/${e.status}`)}`,
  );
  console.log(
    `records ${records.length}: ${count(records, (r) => r.category)}; status: ${count(records, (r) => r.status)}`,
  );
  console.log('\n| 用途 | id | 名称 | 代码 | 说明 |\n| --- | --- | --- | --- | --- |');
  for (const n of notable) {
    console.log(
      `| ${n.role} | ${n.subject.id} | ${n.subject.name} | \`${n.subject.identifier}\` | ${n.note} |`,
    );
  }
  console.log(`| 无记录（库内不存在） | — | — | \`${UNKNOWN_USCC}\` | 校验通过但不在演示数据中 |`);
  console.log(`\ngrades ${grades.length}: ${count(grades, (g) => `${g.scheme}/${g.grade}`)}`);
  console.log('\n| 用途 | id | 名称 | 代码 | 说明 |\n| --- | --- | --- | --- | --- |');
  for (const n of gradeExamples) {
    console.log(
      `| ${n.role} | ${n.subject.id} | ${n.subject.name} | \`${n.subject.identifier}\` | ${n.note} |`,
    );
  }
}
