// Timeouts of the API's HTTP server, from DIPLOGRAPH_REQUEST_TIMEOUT_MS: a
// client must send its whole request within it (headers within at most
// 10 s), so slow or stalled uploads cannot hold connections open. Node checks
// these timeouts on an interval: a tenth of the timeout, so they bite on time.
import type { ServerOptions } from 'node:http';

const MAX_HEADERS_MS = 10_000;

export function httpServerOptions(requestTimeoutMs: number): ServerOptions {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(MAX_HEADERS_MS, requestTimeoutMs),
    connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(requestTimeoutMs / 10))),
  };
}
