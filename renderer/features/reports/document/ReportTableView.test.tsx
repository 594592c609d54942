import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OBJECTION_MARK_LABEL } from '../../../../shared/domain/labels';
import { ReportTableView } from './ReportTableView';

describe('a table of an issued report', () => {
  it('prints a record under an open objection with its 异议处理中 mark, beside its name', () => {
    render(
      <ReportTableView
        table={{
          key: 'penalties',
          title: '行政处罚信息',
          columns: [
            { key: 'title', label: '名称' },
            { key: 'decisionOn', label: '决定日期' },
          ],
          rows: [
            { id: 'r-1', cells: ['未按规定申报纳税', '2025-03-30'], marks: [OBJECTION_MARK_LABEL] },
            { id: 'r-2', cells: ['未按期办理纳税申报', '2024-05-01'], marks: [] },
          ],
          emptyText: '无',
        }}
      />,
    );
    const [marked, plain] = screen.getAllByRole('row').slice(1);
    expect(marked?.textContent).toContain('未按规定申报纳税〔异议处理中〕');
    expect(plain?.textContent).not.toContain('异议处理中');
  });
});
