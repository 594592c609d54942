import { create } from 'zustand';
import type { ExportFormat } from '../../../shared/domain/export';
import type { InspectionDetail, InspectionList, InspectionPool } from '../../../shared/domain/inspection';
import { saveExportFile } from '../../app/download';
import { client } from '../../transport/client';
import { inspectionsTexts } from './texts';

type InspectionsState = {
  regionCode: string;
  matterCode: string | null;
  pool: InspectionPool | null;
  /** Per grade, the percentage typed for this draw ('' = the table's default, its max). */
  chosen: Record<string, string>;
  seed: string;
  detail: InspectionDetail | null;
  past: InspectionList | null;
  busy: 'pool' | 'draw' | 'replay' | 'export' | null;
  error: string | null;
  notice: string | null;
  setRegion: (code: string) => void;
  setMatter: (code: string | null) => void;
  setChosen: (grade: string, value: string) => void;
  setSeed: (seed: string) => void;
  loadPool: () => Promise<void>;
  draw: () => Promise<void>;
  open: (id: string) => Promise<void>;
  replay: () => Promise<void>;
  exportList: (format: ExportFormat) => Promise<void>;
  loadPast: () => Promise<void>;
};

/** The typed percentages as ratios; blanks are left to the table's default. */
const chosenRatios = (chosen: Record<string, string>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(chosen)
      .filter(([, value]) => value.trim() !== '')
      .map(([grade, value]) => [grade, Number(value) / 100]),
  );

/** 双随机抽查: the scope and its pool, the current draw, and the past draws. */
export const useInspectionsStore = create<InspectionsState>()((set, get) => ({
  regionCode: '410400',
  matterCode: null,
  pool: null,
  chosen: {},
  seed: '',
  detail: null,
  past: null,
  busy: null,
  error: null,
  notice: null,
  setRegion: (regionCode) => set({ regionCode, pool: null, error: null }),
  setMatter: (matterCode) => set({ matterCode, pool: null, error: null }),
  setChosen: (grade, value) => set((state) => ({ chosen: { ...state.chosen, [grade]: value } })),
  setSeed: (seed) => set({ seed }),
  loadPool: async () => {
    const { regionCode, matterCode } = get();
    if (matterCode === null) return;
    set({ busy: 'pool', error: null, notice: null });
    const result = await client.call('inspections:pool', { regionCode, matterCode });
    if (result.ok) set({ pool: result.value, chosen: {}, busy: null });
    else set({ pool: null, error: result.error.message, busy: null });
  },
  draw: async () => {
    const { regionCode, matterCode, seed, chosen } = get();
    if (matterCode === null) return;
    set({ busy: 'draw', error: null, notice: null });
    const result = await client.call('inspections:draw', {
      regionCode,
      matterCode,
      ...(seed.trim() === '' ? {} : { seed: seed.trim() }),
      chosenRatios: chosenRatios(chosen),
    });
    if (!result.ok) {
      set({ error: result.error.message, busy: null });
      return;
    }
    set({ detail: result.value, busy: null, seed: '' });
    void get().loadPast();
  },
  open: async (id) => {
    set({ busy: 'replay', error: null, notice: null });
    const result = await client.call('inspections:get', { id });
    if (result.ok) set({ detail: result.value, busy: null });
    else set({ error: result.error.message, busy: null });
  },
  replay: async () => {
    const current = get().detail;
    if (current !== null) await get().open(current.draw.id);
  },
  exportList: async (format) => {
    const current = get().detail;
    if (current === null) return;
    set({ busy: 'export', error: null, notice: null });
    const result = await client.call('inspections:export', { id: current.draw.id, format });
    if (!result.ok) {
      set({ error: result.error.message, busy: null });
      return;
    }
    saveExportFile(result.value);
    set({ busy: null, notice: inspectionsTexts.exported(result.value.name, result.value.rows) });
  },
  loadPast: async () => {
    const result = await client.call('inspections:list', { limit: 50 });
    if (result.ok) set({ past: result.value });
    else set({ error: result.error.message });
  },
}));
