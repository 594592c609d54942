import { describe, expect, it } from 'vitest';
import { CommitmentListRequest } from '../../../shared/domain/commitment';
import { toListRequest } from './list-request';

describe('toListRequest', () => {
  it('leaves out empty filters and turns the page into limit and offset', () => {
    const request = toListRequest(
      { due: 'all', matterCode: '', type: '', fulfilment: '', query: '  ' },
      2,
      20,
    );
    expect(request).toEqual({ limit: 20, offset: 40 });
    expect(CommitmentListRequest.safeParse(request).success).toBe(true);
  });

  it('sends every filter that is set, the query trimmed', () => {
    const request = toListRequest(
      { due: 'overdue', matterCode: 'M01', type: 'certification', fulfilment: 'partial', query: ' 嵘沐 ' },
      0,
      50,
    );
    expect(request).toEqual({
      due: 'overdue',
      matterCode: 'M01',
      type: 'certification',
      fulfilment: 'partial',
      query: '嵘沐',
      limit: 50,
      offset: 0,
    });
    expect(CommitmentListRequest.safeParse(request).success).toBe(true);
  });
});
