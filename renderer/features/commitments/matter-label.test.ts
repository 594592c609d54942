import { describe, expect, it } from 'vitest';
import { REPAIR_MATTER_CODE, REPAIR_MATTER_NAME } from '../../../shared/domain/commitment';
import { matterLabel } from './matter-label';

describe('matterLabel', () => {
  it('shows a catalogue matter with its code', () => {
    expect(matterLabel('建筑工程施工许可证核发', 'PDS-XK-001')).toBe('建筑工程施工许可证核发（PDS-XK-001）');
  });

  it('shows the repair application as the matter of a 信用修复型 commitment, without the internal code', () => {
    expect(matterLabel(REPAIR_MATTER_NAME, REPAIR_MATTER_CODE)).toBe('信用修复申请');
  });
});
