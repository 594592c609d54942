/** The client cache's key: 32 random bytes as 64 lowercase hex digits, used as SQLCipher's raw key. Declared here
 * because three places check it: the Electron shell (cache-key.ts), the core's start message and the connection. */
export const CACHE_KEY_PATTERN = /^[0-9a-f]{64}$/;

export const isCacheKey = (value: string): boolean => CACHE_KEY_PATTERN.test(value);
