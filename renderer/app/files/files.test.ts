import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../download';
import { formatSize, shaPrefix } from './files';

describe('files', () => {
  it('formats sizes for people', () => {
    expect(formatSize(12)).toBe('12 B');
    expect(formatSize(340 * 1024)).toBe('340 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });

  it('shows a short hash prefix', () => {
    expect(shaPrefix('a'.repeat(64))).toBe('aaaaaaaaaaaa');
  });

  it('decodes base64 to the original bytes', () => {
    expect(Array.from(base64ToBytes(Buffer.from('信用修复').toString('base64')))).toEqual(
      Array.from(Buffer.from('信用修复')),
    );
  });
});
