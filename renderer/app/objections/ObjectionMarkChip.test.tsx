import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HitCard } from '../check-result/HitCard';
import { useRouter } from '../router';
import { sampleHit } from '../../testing/check-samples';
import { fake } from '../../testing/dom-setup';
import { objectionCompany } from '../../testing/objection-samples';
import { renderInApp } from '../../testing/render';
import { useNewObjectionSession } from './new-objection-session';

const mark = { objectionId: 'o-7', label: '异议处理中', since: '2026-12-07', unit: '叶县政务服务中心' };

describe('a list entry of a check result', () => {
  it('carries 异议处理中 while an objection is open, saying since when and who; a click opens the objection', async () => {
    renderInApp(<HitCard hit={{ ...sampleHit(), objection: mark }} answered={false} />);
    const chip = screen.getByTestId('objection-mark');
    expect(chip.textContent).toBe('异议处理中');
    expect(chip.getAttribute('aria-label')).toContain('2026-12-07由叶县政务服务中心受理异议申请');
    fireEvent.click(chip);
    await waitFor(() => expect(useRouter.getState().route).toEqual({ page: 'objection', id: 'o-7' }));
  });

  it('has no mark without an objection, and 提出异议 starts one for the entry on the 异议处理 page', async () => {
    const hit = sampleHit();
    fake().answer('objections:candidates', { subject: objectionCompany, candidates: [] });
    renderInApp(<HitCard hit={hit} answered={false} checkId="check-9" />);
    expect(screen.queryByTestId('objection-mark')).toBeNull();
    fireEvent.click(screen.getByTestId('raise-objection'));
    await waitFor(() => expect(useRouter.getState().route).toEqual({ page: 'objections' }));
    expect(useNewObjectionSession.getState().open).toBe(true);
  });
});
