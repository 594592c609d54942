import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/domain/export';
import { saveExportFile } from '../../app/download';
import { DisabledReason, disabledReasonProps } from '../../app/form/DisabledReason';
import { client } from '../../transport/client';
import { isRangeInvalid } from '../../app/filters/DateRangeFilter';
import { toAuditFilters, useAuditView } from './audit-list';
import { auditPageTexts } from './texts';

/** 导出 CSV / 导出 Excel: every entry matching the filters on screen (not only this page). */
export const AuditExportButtons = () => {
  const filters = useAuditView((state) => state.filters);
  const queries = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    setMessage(null);
    const result = await client.call('audit:export', { filters: toAuditFilters(filters), format });
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    saveExportFile(result.value);
    // The export is itself an entry of the log.
    void queries.invalidateQueries({ queryKey: ['audit:list'] });
    setMessage({ text: auditPageTexts.exported(result.value.rows, result.value.name), error: false });
  };
  const refused = isRangeInvalid(filters) ? auditPageTexts.exportRangeInvalid : null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {message !== null && (
        <Typography
          variant="body2"
          color={message.error ? 'error' : 'text.secondary'}
          data-testid="audit-export-message"
          role="status"
        >
          {message.text}
        </Typography>
      )}
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="outlined"
          size="small"
          {...disabledReasonProps('audit-export', refused, busy)}
          onClick={() => void run(format)}
          data-testid={`audit-export-${format}`}
        >
          {busy
            ? auditPageTexts.exporting
            : format === 'csv'
              ? auditPageTexts.exportCsv
              : auditPageTexts.exportXlsx}
        </Button>
      ))}
      <DisabledReason testId="audit-export" reason={refused} />
    </Stack>
  );
};
