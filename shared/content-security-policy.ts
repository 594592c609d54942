/**
 * The renderer's Content-Security-Policy: only the app's own files, no remote content of any kind. Sent by the
 * Electron shell and by the browser host alike.
 * Checklist: renderer/index.html carries the same policy in its meta tag (less frame-ancestors, which a meta
 * tag cannot set) — change both together.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
