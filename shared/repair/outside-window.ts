import type { OutsideWindowList, RepairRegimes } from './regime-schema';

/** Where an entry of this list is removed instead of at the window (失信被执行人: the court); null if here. */
export const outsideWindowFor = (regimes: RepairRegimes, listType: string): OutsideWindowList | null =>
  regimes.outsideWindow.find((entry) => entry.listTypes.includes(listType)) ?? null;

/** What the clerk tells the applicant: who removes such an entry, and where to apply. */
export const outsideWindowMessage = (entry: OutsideWindowList, listName: string): string =>
  `${listName}信息的移出（删除）由${entry.authority}依法决定，不在窗口办理信用修复。${entry.apply}`;
