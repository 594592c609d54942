import type { PlatformUser } from '../platform-api/api';

/**
 * `王芳（wangfang）`: the name people read on a record, with the username that tells two 王芳 apart. The client
 * writes it on what its user does; the platform on the workflow steps it authorised by that user's token.
 */
export const operatorLabel = (user: Pick<PlatformUser, 'displayName' | 'username'>): string =>
  `${user.displayName}（${user.username}）`;
