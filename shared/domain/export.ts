import { z } from 'zod';

/** The two formats a supervisor exports tables in: CSV (any tool) and Excel (.xlsx). */
export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A file made by the core for the user to save: its suggested name, MIME type and bytes as base64. */
export const ExportFile = z.object({
  name: z.string().min(1),
  mime: z.string().min(1),
  base64: z.string(),
  rows: z.number().int().min(0),
});
export type ExportFile = z.infer<typeof ExportFile>;

export const exportMimes: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
