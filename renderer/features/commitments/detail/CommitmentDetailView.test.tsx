import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRouter } from '../../../app/router';
import '../../../testing/dom-setup';
import { sampleCommitmentDetail } from '../../../testing/samples';
import { CommitmentDetailView } from './CommitmentDetailView';

// A verified, broken commitment as a clerk reads it: every field in words, no enum value or internal id.

const detail = sampleCommitmentDetail();

describe('信用承诺 detail', () => {
  it('reads in words: labels for every code, links instead of ids, the verifier by name', () => {
    const { container } = render(<CommitmentDetailView detail={detail} onDetail={() => undefined} />);
    const text = container.textContent ?? '';
    for (const id of ['commitment-7f3a', 'demo-s-0010', 'check-91c2', 'repair-55aa', 'commitment-failure'])
      expect(text).not.toContain(id);
    for (const value of ['approval-substitute', 'unfulfilled', 'legal-person', 'public', 'verified'])
      expect(text).not.toContain(value);
    // Left after the codes and the accounts are taken out: no Latin letter.
    const rest = text
      .replaceAll('91410471535100956D', '')
      .replaceAll('PDS-CG-001', '')
      .replaceAll(/（[a-z]+）/g, '');
    expect(rest).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('全部未履行');
    expect(text).toContain('赵敏（zhaomin）');
    fireEvent.click(screen.getByTestId('commitment-repair-link'));
    expect(useRouter.getState().route).toEqual({ page: 'repair', id: 'repair-55aa' });
  });
});
