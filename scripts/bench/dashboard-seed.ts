import type { Db } from '../../node-shared/db/connection';
import { addDays } from '../../shared/calendar/day';

// What the compliance dashboard reads on a city-sized cache, beside the registry of synthetic-registry.ts: a
// licence decision (双公示 行政许可) for a third of the subjects over the last two years, from eight departments,
// and a busy window's year of checks (about 400 a working day), a tenth with hits, some feedback still open.
const DEPARTMENTS = [
  '平顶山市市场监督管理局',
  '平顶山市住房和城乡建设局',
  '平顶山市生态环境局',
  '平顶山市交通运输局',
  '平顶山市自然资源和规划局',
  '平顶山市城市管理局',
  '平顶山市应急管理局',
  '平顶山市烟草专卖局',
];
const MATTERS = ['PDS-XK-001', 'PDS-XK-002', 'PDS-CG-001', 'PDS-ZB-001', 'PDS-ZR-001', 'PDS-ZZ-001'];

export function seedDashboardData(db: Db, subjects: number, today: string, checks = 100_000): void {
  const licence = db.prepare(
    `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_number,
       decision_on, publication_ends_on, status)
     VALUES (?, ?, 'license', '行政许可：食品经营许可证', '准予行政许可', ?, ?, ?, NULL, 'published')`,
  );
  db.transaction(() => {
    for (let index = 0; index < subjects; index += 3) {
      licence.run(
        `bl-${index}`,
        `b-${index}`,
        DEPARTMENTS[index % 8],
        `许〔2026〕${index}号`,
        addDays(today, -(index % 730)),
      );
    }
  })();
  const check = db.prepare(
    `INSERT INTO checks (id, checked_at, operator, case_number, matter_code, subject_id, subject_name, identifier,
       identifier_masked, verdict, found, stale, overridden, feedback_required, cache_as_of, evidence)
     VALUES (?, ?, '基准', ?, ?, ?, '基准主体', ?, ?, ?, 1, 0, 0, ?, NULL, ?)`,
  );
  const feedback = db.prepare(
    `INSERT INTO check_feedback (id, check_id, hit_key, action, measure_codes, reason, result, amount, legal_basis,
       department, district_code, acted_at, recorded_at, operator)
     VALUES (?, ?, 'hit', 'punished', '[]', NULL, '基准', NULL, '基准', '基准', '410400', ?, ?, '基准')`,
  );
  db.transaction(() => {
    for (let index = 0; index < checks; index += 1) {
      const day = addDays(today, -Math.floor(index / 275));
      const at = `${day}T${String(8 + (index % 9)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00.000+08:00`;
      const hit = index % 10 === 0;
      const matter = MATTERS[index % MATTERS.length] ?? 'PDS-XK-001';
      const subject = (index * 7919) % subjects;
      const id = `bc-${index}`;
      check.run(
        id,
        at,
        `BENCH-D-${index}`,
        matter,
        `b-${subject}`,
        `CODE${subject}`,
        `CODE${subject}`,
        hit ? 'punishment' : 'proceed',
        hit ? 1 : 0,
        JSON.stringify({ context: { matter: { name: matter } } }),
      );
      if (hit && index % 20 === 0) feedback.run(`bf-${index}`, id, at, at);
    }
  })();
}
