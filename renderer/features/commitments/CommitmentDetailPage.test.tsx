import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { sampleCommitmentDetail } from '../../testing/samples';
import { CommitmentDetailPage } from './CommitmentDetailPage';

/** As App runs it: the query cache, refreshed by the core's events. */
const renderPage = () => renderLive(<CommitmentDetailPage id="commitment-7f3a" />);

describe('信用承诺 detail page', () => {
  it('asks again when the core says commitments changed, and not for another area', async () => {
    let content = '按期补交材料';
    fake().answer('commitments:get', () => {
      const detail = sampleCommitmentDetail();
      return { ...detail, commitment: { ...detail.commitment, content } };
    });
    const before = fake().callsTo('commitments:get').length;
    renderPage();
    expect(await screen.findByText('按期补交材料')).toBeTruthy();

    content = '三十日内补交全部材料';
    fake().emit({ type: 'workflow-changed', area: 'repairs' });
    fake().emit({ type: 'workflow-changed', area: 'commitments' });
    expect(await screen.findByText('三十日内补交全部材料')).toBeTruthy();
    expect(screen.queryByText('按期补交材料')).toBeNull();
    // Once at first and once for the commitments' event: the repairs' event asked nothing.
    expect(fake().callsTo('commitments:get')).toHaveLength(before + 2);
  });

  it('shows the core’s refusal in its words', async () => {
    fake().answer('commitments:get', {
      ok: false,
      error: { code: 'COMMITMENT_NOT_FOUND', message: '找不到该信用承诺' },
    });
    renderPage();
    await waitFor(() => expect(screen.getByTestId('commitment-error').textContent).toBe('找不到该信用承诺'));
  });
});
