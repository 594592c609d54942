import { describe, expect, it } from 'vitest';
import { createDraftTracker, mustAskBeforeStart, sameValue } from './draft-tracker';

describe('sameValue', () => {
  it('compares plain data by value, whatever the key order', () => {
    expect(sameValue({ a: 1, b: ['x', { c: null }] }, { b: ['x', { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('', '')).toBe(true);
  });
});

describe('draft tracker', () => {
  it('is dirty once the draft differs from its start, and clean again when changed back', () => {
    const tracker = createDraftTracker({ reason: '', files: [] as string[] });
    expect(tracker.dirty({ reason: '', files: [] })).toBe(false);
    expect(tracker.dirty({ reason: '已整改', files: [] })).toBe(true);
    expect(tracker.dirty({ reason: '', files: ['a.pdf'] })).toBe(true);
    tracker.reset({ reason: '已整改', files: [] });
    expect(tracker.dirty({ reason: '已整改', files: [] })).toBe(false);
  });

  it('takes a lookup’s answer as the start only while the clerk has changed nothing', () => {
    const tracker = createDraftTracker({ identifier: 'X', name: '' });
    tracker.adopt({ identifier: 'X', name: '梧沐商贸' }, false);
    expect(tracker.dirty({ identifier: 'X', name: '梧沐商贸' })).toBe(false);
    tracker.adopt({ identifier: 'Y', name: '另一家' }, true);
    expect(tracker.dirty({ identifier: 'Y', name: '另一家' })).toBe(true);
    expect(tracker.dirty({ identifier: 'X', name: '梧沐商贸' })).toBe(false);
  });

  it('asks before a start only when an open form holds input', () => {
    expect(mustAskBeforeStart({ open: true, dirty: true })).toBe(true);
    expect(mustAskBeforeStart({ open: true, dirty: false })).toBe(false);
    expect(mustAskBeforeStart({ open: false, dirty: true })).toBe(false);
  });
});
