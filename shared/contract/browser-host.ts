/**
 * Where the browser host serves the contract over HTTP: the server (electron/browser/server.ts) and the
 * renderer's HTTP transport (renderer/transport/http-transport.ts) both take the paths from here.
 * Calls: POST <invoke><channel, URL-encoded> with `Authorization: Bearer <token>`.
 * Events: GET <events>?token=<token> as server-sent events (EventSource cannot set headers).
 */
export const browserHostRoutes = {
  apiPrefix: '/api/',
  invoke: '/api/invoke/',
  events: '/api/events',
} as const;
