// Progress on stderr at every tenth of the rows: a generation of a whole city runs for minutes and an operator
// should see it move.

export type ProgressCounts = { subjects: number; listEntries: number; creditRecords: number };

export type Progress = { advance: (done: ProgressCounts) => void };

export function tenthsProgress(
  targets: ProgressCounts,
  write: (line: string) => void,
  startedAt: number = performance.now(),
): Progress {
  const total = targets.subjects + targets.listEntries + targets.creditRecords;
  let nextTenth = 1;
  return {
    advance: (done) => {
      const sum = done.subjects + done.listEntries + done.creditRecords;
      if (sum * 10 < nextTenth * total) return;
      while (sum * 10 >= nextTenth * total) nextTenth += 1;
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      write(
        `生成合成城市 ${Math.min(100, Math.floor((sum * 100) / total))}%：主体 ${done.subjects}/${targets.subjects}，` +
          `名单条目 ${done.listEntries}/${targets.listEntries}，信用记录 ${done.creditRecords}/${targets.creditRecords}，` +
          `${seconds} 秒`,
      );
    },
  };
}
