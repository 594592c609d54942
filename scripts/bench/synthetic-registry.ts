import type { Db } from '../../node-shared/db/connection';
import { syntheticOrgCode } from '../../platform/generate/synthetic/identifiers';
import { makeEntry, makeRecord, makeSubject, makeUscc } from '../../electron/core/testing/fixtures';
import { deferSearchIndex, restoreSearchIndex } from '../../electron/core/db/search-index';
import { upsertListEntries, upsertRecords, upsertSubjects } from '../../electron/core/subjects/subjects.repo';

// A synthetic registry of city size for the benchmark: varied CJK names (so the trigram index has real work),
// valid codes, a share of subjects on lists and a few records each. Deterministic for a given size.
const SYLLABLES =
  '华润恒达鑫源宏泰瑞丰嘉禾金鼎天诚宇通博远中原鹰城尧山沙河湛河石龙舞钢汝瓷宝丰叶邑鲁阳郏城新锐盛世腾飞永安';
const INDUSTRIES = [
  '建筑工程',
  '商贸',
  '物流',
  '农资',
  '科技',
  '餐饮管理',
  '机械制造',
  '化工',
  '建材',
  '矿业',
  '医药',
  '文化传播',
];
const REGIONS = [
  '410402',
  '410403',
  '410404',
  '410411',
  '410421',
  '410422',
  '410423',
  '410425',
  '410481',
  '410482',
];
const LIST_TYPES = [
  'DISHONEST_JUDGMENT_DEBTOR',
  'GOV_PROCUREMENT_SERIOUS_VIOLATION',
  'A_TAXPAYER',
  'ABNORMAL_OPERATION',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Registry = { identifiers: string[]; names: string[] };

/**
 * Seeds the registry as an initial sync loads it: the name-search structures and secondary indexes set aside
 * and built once at the end (db/search-index.ts), the common name pairs chosen from the names.
 */
export function seedSyntheticRegistry(db: Db, size: number): Registry {
  deferSearchIndex(db, 'initial');
  const next = random(20261127);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const identifiers: string[] = [];
  const names: string[] = [];
  const batch = 10_000;
  for (let start = 0; start < size; start += batch) {
    db.transaction(() => {
      const subjects = [];
      const entries = [];
      const records = [];
      for (let index = start; index < Math.min(size, start + batch); index += 1) {
        const region = pick(REGIONS);
        const identifier = makeUscc(syntheticOrgCode(index), `91${region}`);
        const name = `${pick(['平顶山市', '叶县', '汝州市', '舞钢市', '宝丰县'])}${pick([...SYLLABLES])}${pick([...SYLLABLES])}${pick(INDUSTRIES)}有限公司${index}`;
        const id = `b-${index}`;
        subjects.push(makeSubject(id, name, identifier, { regionCode: region }));
        if (next() < 0.05) entries.push(makeEntry(`be-${index}`, id, pick(LIST_TYPES)));
        records.push(makeRecord(`br-${index}`, id));
        identifiers.push(identifier);
        names.push(name);
      }
      upsertSubjects(db, subjects);
      upsertListEntries(db, entries);
      upsertRecords(db, records);
    })();
  }
  restoreSearchIndex(db);
  return { identifiers, names };
}
