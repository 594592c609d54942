import { openDatabase } from '../../../../node-shared/db/connection';
import { startCheckpoints } from '../../../../node-shared/db/checkpoints';

// A process that commits one row at a time while the checkpoint thread copies the WAL behind it, and prints the
// number of each commit once it has returned: the parent kills it with SIGKILL at some moment
// (checkpoints.kill.test.ts) and every printed row must be there after.
const file = process.env.CCW_CACHE_FILE ?? '';
const key = process.env.CCW_CACHE_KEY ?? '';
const db = openDatabase(file, { key });
startCheckpoints(db, { file, key });
const insert = db.prepare('INSERT INTO filler (n, body) VALUES (?, randomblob(3000))');
for (let n = 1; ; n += 1) {
  insert.run(n);
  process.stdout.write(`${n}\n`);
}
