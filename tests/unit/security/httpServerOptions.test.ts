// A client that stops sending mid-request is answered 408 and cut off once
// the request timeout passes (not held open).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { httpServerOptions } from '../../../src/api/limits/httpServerOptions';

describe('httpServerOptions', () => {
  it('keeps headers within the request timeout and at most 10 s', () => {
    expect(httpServerOptions(30_000)).toMatchObject({
      requestTimeout: 30_000,
      headersTimeout: 10_000,
    });
    expect(httpServerOptions(2_000)).toMatchObject({
      requestTimeout: 2_000,
      headersTimeout: 2_000,
    });
  });

  it('cuts off a request whose body never finishes', async () => {
    const server = http.createServer(httpServerOptions(600), (req, res) => {
      req.resume();
      req.on('end', () => res.end('done'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"query"');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    const elapsed = Date.now() - started;
    await new Promise((resolve) => server.close(resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsed).toBeGreaterThanOrEqual(500);
    expect(elapsed).toBeLessThan(5_000);
  });
});
