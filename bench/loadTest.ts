// One bounded HTTP load on loopback with autocannon: fixed connections and
// duration, the same settings for the API and the raw baseline.
import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

export interface LoadResult {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  failures: number;
}

export async function loadTest(request: LoadRequest, settings: LoadSettings): Promise<LoadResult> {
  const result = await autocannon({
    url: request.url,
    method: request.method,
    body: request.body,
    headers: request.body ? { 'content-type': 'application/json' } : {},
    connections: settings.connections,
    duration: settings.durationSeconds,
    timeout: 10,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
