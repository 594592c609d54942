/**
 * How the platform answers repeated failed logins (both ways in: a device's `auth/login` and the reviewers' HTTP
 * Basic), as data.
 *
 * Where the numbers come from:
 * - GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》(等保2.0), 身份鉴别: 应具有登录失败处理功能，应配置并
 *   启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施. The standard asks for the measure but sets no
 *   numbers (the clause's wording is as commonly quoted; its number, 8.1.4.1 b at level 3, was not confirmed
 *   against the official text here).
 * - The numbers are the usual 测评 practice and operating-system defaults (5 failures, then 15–30 minutes), well
 *   inside NIST SP 800-63B §5.2.2 (no more than 100 consecutive failures per account).
 * - Per address, a higher bar: several people may sign in through one office's NAT address.
 * - Hashing: scrypt runs on libuv's pool of 4 threads (the platform's files share it), so at most 2 checks run at
 *   once, 8 more may wait, and one caller (one device, or one address for HTTP Basic) holds at most 2 of those.
 */
export type LoginPolicy = {
  /** Failures of one username (existing or not) within `windowMs` that lock it. */
  userFailures: number;
  /** Failures from one address within `windowMs` that lock it. */
  addressFailures: number;
  windowMs: number;
  /** How long a lock lasts; an administrator may lift it sooner (`--unlock`). */
  lockMs: number;
  /** Password checks (scrypt) running at once, in the whole platform. */
  concurrentHashes: number;
  /** Checks waiting for a free slot; beyond that a login is answered 503 at once. */
  queuedHashes: number;
  /** Checks running or waiting per caller; beyond that the caller's login is answered 429 at once. */
  hashesPerCaller: number;
  /** Usernames and addresses whose failures are remembered; the oldest are forgotten beyond it. */
  trackedKeys: number;
};

export const LOGIN_POLICY: LoginPolicy = {
  userFailures: 5,
  addressFailures: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  concurrentHashes: 2,
  queuedHashes: 8,
  hashesPerCaller: 2,
  trackedKeys: 10_000,
};
