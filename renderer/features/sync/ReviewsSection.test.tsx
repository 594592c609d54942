import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../../shared/domain/sync';
import { useSyncStore } from '../../app/sync/sync-store';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { ReviewsSection } from './ReviewsSection';

const review = (checkId: string, subjectName: string): ReviewItem => ({
  checkId,
  checkedAt: '2026-12-05T09:30:00.000+08:00',
  caseNumber: 'YX-2026-0007',
  matterCode: 'M001',
  matterName: '政府采购供应商资格审查',
  subjectName,
  identifierMasked: '91410402613341561G',
  verdict: 'punishment',
  found: true,
  stale: true,
  overridden: false,
  feedbackState: { required: 1, recorded: 0, open: true },
  externalQueryOpen: false,
  recheck: false,
  superseded: false,
  flaggedAt: '2026-12-06T09:00:00.000+08:00',
  reason: '平台新增失信记录',
  acknowledgedAt: null,
  acknowledgedBy: null,
});

beforeEach(() => useSyncStore.setState({ reviewsOpen: 0 }));

describe('需复核 on the sync page', () => {
  it('lists the open reviews the core returns and asks again when the core says reviews changed', async () => {
    let items = [review('check-1', '平顶山市嵘沐商贸有限公司')];
    fake().answer('reviews:list', () => ({ items }));
    renderLive(<ReviewsSection />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    expect(fake().callsTo('reviews:list').at(-1)).toEqual({ includeAcknowledged: false });
    items = [...items, review('check-2', '叶县梧沐建材有限公司')];
    act(() => fake().emit({ type: 'reviews-changed', open: 2 }));
    expect(await screen.findByText('叶县梧沐建材有限公司')).toBeTruthy();
    expect(screen.getByTestId('reviews-list').getAttribute('data-count')).toBe('2');
  });

  it('acknowledges at the core, shows its count on the badge and drops the row', async () => {
    let items = [review('check-1', '平顶山市嵘沐商贸有限公司')];
    fake().answer('reviews:list', () => ({ items }));
    fake().answer('reviews:acknowledge', () => {
      items = [];
      return { open: 0 };
    });
    useSyncStore.setState({ reviewsOpen: 1 });
    renderLive(<ReviewsSection />);
    fireEvent.click(await screen.findByTestId('review-ack'));
    expect(await screen.findByTestId('reviews-empty')).toBeTruthy();
    expect(fake().callsTo('reviews:acknowledge').at(-1)).toEqual({ checkId: 'check-1' });
    expect(useSyncStore.getState().reviewsOpen).toBe(0);
  });

  it('says in words why the core refused', async () => {
    fake().answer('reviews:list', { items: [review('check-1', '平顶山市嵘沐商贸有限公司')] });
    fake().answer('reviews:acknowledge', {
      ok: false,
      error: { code: 'CHECK_NOT_FOUND', message: '该核查记录已不存在' },
    });
    renderLive(<ReviewsSection />);
    fireEvent.click(await screen.findByTestId('review-ack'));
    expect((await screen.findByTestId('reviews-error')).textContent).toContain('该核查记录已不存在');
    await waitFor(() => expect(screen.getByTestId('review-ack').hasAttribute('disabled')).toBe(false));
  });
});
