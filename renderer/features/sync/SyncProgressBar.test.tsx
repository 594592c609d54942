import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SyncProgressBar } from './SyncProgressBar';

describe('the sync progress', () => {
  it('counts the rows while downloading', () => {
    render(<SyncProgressBar progress={{ phase: 'pull', done: 5000, total: 20000, ratePerSecond: 4000 }} />);
    expect(screen.getByTestId('sync-phase').textContent).toBe('下载');
    expect(screen.getByTestId('sync-counts').textContent).toBe('已处理 5,000 / 20,000 条');
  });

  it('says the indexes are being built once the rows are in, with no count to stall at', () => {
    render(<SyncProgressBar progress={{ phase: 'index', done: 0, total: null, ratePerSecond: 0 }} />);
    expect(screen.getByTestId('sync-phase').textContent).toBe('建立查询索引');
    expect(screen.getByText('数据已下载完毕，正在建立查询索引，请稍候')).toBeTruthy();
    expect(screen.queryByTestId('sync-counts')).toBeNull();
    expect(screen.getByRole('progressbar', { name: '同步进度' })).toBeTruthy();
  });
});
