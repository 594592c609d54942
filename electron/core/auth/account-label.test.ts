import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore } from '../testing/temp-core';
import { accountLabel } from './credentials.repo';

// A reviewer's bare account on a record (a step taken at the platform before it wrote names) reads as a name.

let dispose: (() => void) | null = null;
afterEach(() => dispose?.());

describe('accountLabel', () => {
  it('names an account this PC knows, and leaves an unknown account or a label as it is', () => {
    const core = openTempCore();
    dispose = core.dispose;
    expect(accountLabel(core.db, 'zhaomin')).toBe('赵敏（zhaomin）');
    expect(accountLabel(core.db, 'shenhe')).toBe('shenhe');
    expect(accountLabel(core.db, '王芳（wangfang）')).toBe('王芳（wangfang）');
  });
});
