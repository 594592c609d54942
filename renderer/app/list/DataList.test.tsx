import type { GridColDef } from '@mui/x-data-grid';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../testing/dom-setup';
import { useAuthStore } from '../auth/auth-store';
import { readColumnVisibility } from './column-visibility';
import { DataList } from './DataList';
import { gridLocaleText } from './grid-locale';

type Row = { id: string; caseNumber: string; matter: string };
const rows: Row[] = [
  { id: 'a', caseNumber: 'CG-2026-0001', matter: '政府采购供应商资格审查' },
  { id: 'b', caseNumber: 'CG-2026-0002', matter: '食品经营许可' },
];
const columns: GridColDef<Row>[] = [
  { field: 'caseNumber', headerName: '办件编号', flex: 1, minWidth: 120 },
  { field: 'matter', headerName: '事项', flex: 1, minWidth: 120 },
];

const signIn = (username: string) =>
  useAuthStore.setState({
    session: {
      user: {
        username,
        displayName: username,
        role: 'clerk',
        department: '行政审批局',
        districtCode: '410402',
      },
      how: 'offline',
      signedInAt: '2026-12-01T08:00:00+08:00',
      locked: false,
      lockAfterMs: 600_000,
    },
  });

const list = (onOpen = vi.fn()) => (
  <DataList
    listId="test-list"
    label="测试列表"
    rows={rows}
    columns={columns}
    getRowId={(row) => row.id}
    testId="test-table"
    rowTestId="test-row"
    rowData={(row) => ({ 'data-row-id': row.id })}
    onOpen={onOpen}
  />
);

beforeEach(() => {
  localStorage.clear();
  signIn('wangfang');
});
afterEach(() => useAuthStore.setState({ session: undefined }));

describe('DataList', () => {
  it('shows every cell on one line with the whole value on hover, rows marked for tests', () => {
    render(list());
    const row = screen.getAllByTestId('test-row')[0];
    expect(row?.getAttribute('data-row-id')).toBe('a');
    expect(within(row as HTMLElement).getByTitle('政府采购供应商资格审查')).toBeTruthy();
  });

  it('opens a row on a click and on Enter, not on other keys', () => {
    const onOpen = vi.fn();
    render(list(onOpen));
    const [first, second] = screen.getAllByTestId('test-row');
    fireEvent.click(within(second as HTMLElement).getByText('食品经营许可'));
    expect(onOpen).toHaveBeenLastCalledWith(rows[1]);
    const cell = within(first as HTMLElement).getAllByRole('gridcell')[0] as HTMLElement;
    fireEvent.keyDown(cell, { key: 'a' });
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith(rows[0]);
  });

  it('says in Chinese that there is nothing', () => {
    render(
      <DataList
        listId="test-list"
        label="测试列表"
        rows={[]}
        columns={columns}
        getRowId={(row) => row.id}
        testId="test-table"
        rowTestId="test-row"
        emptyText="没有符合条件的记录"
      />,
    );
    expect(screen.getByTestId('test-table-empty').textContent).toBe('没有符合条件的记录');
  });

  it('remembers the columns a user hid, per user', async () => {
    render(list());
    fireEvent.click(screen.getByLabelText('事项列菜单'));
    fireEvent.click(await screen.findByText('隐藏此列'));
    expect(readColumnVisibility('test-list', 'wangfang')).toEqual({ matter: false });
    expect(readColumnVisibility('test-list', 'zhaomin')).toEqual({});
    expect(screen.queryByText('食品经营许可')).toBeNull();
    act(() => signIn('zhaomin'));
    expect(screen.getByText('食品经营许可')).toBeTruthy();
  });
});

describe('the grid texts', () => {
  it('are Chinese, every one', () => {
    const latin: string[] = [];
    for (const [key, text] of Object.entries(gridLocaleText)) {
      const sample: unknown =
        typeof text === 'function'
          ? (text as (...args: unknown[]) => unknown)(
              key === 'paginationDisplayedRows' ? { from: 1, to: 20, count: 57, estimated: undefined } : 3,
              4,
            )
          : text;
      if (typeof sample === 'string' && /[A-Za-z]/.test(sample)) latin.push(`${key}: ${sample}`);
    }
    expect(latin).toEqual([]);
  });
});
