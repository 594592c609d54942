import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AuditSortField } from '../../../shared/domain/audit';
import { PagedListPanel } from '../../app/list/PagedListPanel';
import { AuditExportButtons } from './AuditExportButtons';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditTable } from './AuditTable';
import { useAuditChain, useAuditList } from './audit-list';
import { ChainBanner } from './ChainBanner';
import { auditPageTexts } from './texts';

/** 审计日志 (supervisors): the chain's state, the entries filtered and paged newest first, and the exports. */
export const AuditPage = () => {
  const list = useAuditList();
  const chain = useAuditChain();
  return (
    <Stack spacing={1.5} data-testid="audit-page">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" component="h1">
          {auditPageTexts.pageTitle}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <AuditExportButtons />
          <Button size="small" onClick={list.refresh} data-testid="audit-refresh">
            {auditPageTexts.refresh}
          </Button>
        </Stack>
      </Stack>
      <ChainBanner view={chain.view} loading={chain.loading} error={chain.error} onRecheck={chain.recheck} />
      <AuditFiltersBar response={list.response} />
      <PagedListPanel state={list} sortFields={AuditSortField.options} testId="audit" texts={auditPageTexts}>
        {(server) => <AuditTable items={list.items} server={server} />}
      </PagedListPanel>
    </Stack>
  );
};
