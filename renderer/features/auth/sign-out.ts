import { client } from '../../transport/client';

/**
 * Signs out and starts the page afresh: the next person at the window must not find the last one's applicant,
 * drafts or lists in the stores. (The browser host's token is kept in sessionStorage, so a reload keeps it.)
 */
export const signOut = async (): Promise<void> => {
  await client.call('auth:sign-out', {});
  window.location.reload();
};
