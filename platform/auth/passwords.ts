// The scrypt scheme lives in electron/core/auth so the client's offline sign-in cache stores hashes in the very
// format the platform does (the platform may import core helpers; the client never imports the platform).
export { burnPasswordCheck, hashPassword, verifyPassword } from '../../electron/core/auth/passwords';
