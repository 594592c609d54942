import { REPAIR_MATTER_CODE } from '../../../shared/domain/commitment';

/**
 * The matter as the detail and the printed 承诺书 show it: the catalogue's name with its code; a 信用修复型
 * commitment's matter is the repair application itself (信用修复申请), whose internal code means nothing to a reader.
 */
export const matterLabel = (matterName: string, matterCode: string): string =>
  matterCode === REPAIR_MATTER_CODE ? matterName : `${matterName}（${matterCode}）`;
