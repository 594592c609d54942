// Deterministic generator of the demo data set (resources/demo/demo-data.json).
// 演示数据：全部主体、代码与记录均为合成数据，不对应任何真实主体。
//
// Run: npm run demo:generate   (bundled with esbuild to scripts/.generate-demo-data.mjs, then run by Node)
// The output depends only on SEED and the constants in demo-data/ and in the shared synthetic-data generator
// (platform/generate/synthetic/): running it twice gives byte-identical JSON.
// Schema validation (zod) lives in resources/demo/demo-data.test.ts; this script checks identifiers, dates and
// references itself and refuses to write an inconsistent file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTICE } from './demo-data/config.ts';
import { grades, listEntries, records, subjects } from './demo-data/data-set.ts';
import { addGrades } from './demo-data/grades.ts';
import { addCheckRuleExamples } from './demo-data/check-rule-examples.ts';
import { addNotableSubjects } from './demo-data/notable-subjects.ts';
import { addOtherListEntries } from './demo-data/other-list-entries.ts';
import { addOtherRecords } from './demo-data/other-records.ts';
import { addOtherSubjects } from './demo-data/other-subjects.ts';
import { addProcedureExamples } from './demo-data/procedure-examples.ts';
import { printSummary } from './demo-data/summary.ts';
import { selfCheck } from './demo-data/validate.ts';

// Relative to this file, and to the bundle of it that `npm run demo:generate` writes next to it.
const OUTPUT = fileURLToPath(new URL('../resources/demo/demo-data.json', import.meta.url));

// Notable subjects first (stable ids for the README), then the rest, their list entries and records. All of them
// draw from one seeded random stream, so the order of these steps is part of the output.
addNotableSubjects();
addOtherSubjects();
addOtherListEntries();
addOtherRecords();
addGrades();
// Last: added after issue 9's data, so every id generated before stays the same.
addProcedureExamples();
addCheckRuleExamples();
selfCheck();

// Write, then print the notable subjects (copy them into resources/demo/README.md when the seed changes)
const data = {
  notice: NOTICE,
  generatedBy: 'scripts/generate-demo-data.ts',
  subjects,
  listEntries,
  records,
  grades,
};
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`, 'utf8');

printSummary(OUTPUT);
