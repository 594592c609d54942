import { create } from 'zustand';
import type { ExportFormat } from '../../../shared/domain/export';
import type { InspectionResultRequest, InspectionResults } from '../../../shared/domain/inspection-result';
import type { Result } from '../../../shared/result';
import { saveExportFile } from '../../app/download';
import { client } from '../../transport/client';
import { resultsTexts } from './results-texts';

type ResultsState = {
  view: InspectionResults | null;
  /** The drawn subject whose form is open. */
  editing: string | null;
  busy: 'load' | 'save' | 'export' | null;
  error: string | null;
  notice: string | null;
  load: (drawId: string) => Promise<void>;
  edit: (subjectId: string | null) => void;
  /** Saves the form; the refusal goes back to the form, which shows it under its fields. */
  save: (request: InspectionResultRequest) => Promise<Result<InspectionResults>>;
  exportList: (format: ExportFormat) => Promise<void>;
};

/** 检查结果 of the open draw: its subjects with their results, the form in use, and 抽查结果公示. */
export const useResultsStore = create<ResultsState>()((set, get) => ({
  view: null,
  editing: null,
  busy: null,
  error: null,
  notice: null,
  load: async (drawId) => {
    if (get().view?.drawId !== drawId) set({ view: null, editing: null });
    set({ busy: 'load', error: null, notice: null });
    const result = await client.call('inspections:results', { drawId });
    if (result.ok) set({ view: result.value, busy: null });
    else set({ error: result.error.message, busy: null });
  },
  edit: (editing) => set({ editing, notice: null }),
  save: async (request) => {
    set({ busy: 'save', error: null, notice: null });
    const result = await client.call('inspections:record-result', request);
    if (!result.ok) {
      set({ busy: null });
      return result;
    }
    const saved = result.value.subjects.find((subject) => subject.subjectId === request.subjectId);
    set({
      view: result.value,
      editing: null,
      busy: null,
      notice: resultsTexts.saved(saved?.subjectName ?? ''),
    });
    return result;
  },
  exportList: async (format) => {
    const view = get().view;
    if (view === null) return;
    set({ busy: 'export', error: null, notice: null });
    const result = await client.call('inspections:export-results', { drawId: view.drawId, format });
    if (!result.ok) {
      set({ error: result.error.message, busy: null });
      return;
    }
    saveExportFile(result.value);
    set({ busy: null, notice: resultsTexts.exported(result.value.name, result.value.rows) });
  },
}));
