// The Docker probe against stand-in engines on loopback: one that answers /_ping,
// one that accepts connections and never answers (where testcontainers hangs).
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dockerAvailable, dockerEndpoints, pingDocker } from '../../../src/neo4j/dockerAvailable';

describe('dockerEndpoints', () => {
  it.each([
    [
      { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' },
      [{ kind: 'socket', socketPath: '/run/user/1000/docker.sock' }],
    ],
    [{ DOCKER_HOST: 'tcp://docker-host:2375' }, [{ kind: 'tcp', host: 'docker-host', port: 2375 }]],
    [{ DOCKER_HOST: 'tcp://docker' }, [{ kind: 'tcp', host: 'docker', port: 2375 }]],
    [
      { DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' },
      [{ kind: 'tcp', host: 'docker', port: 2376, tlsCertDir: '/certs' }],
    ],
  ])('uses DOCKER_HOST alone: %j', (env, expected) => {
    expect(dockerEndpoints(env, '/home/u', 'linux')).toEqual(expected);
  });

  it('otherwise tries the system, rootless and Desktop sockets in that order', () => {
    const sockets = dockerEndpoints({ XDG_RUNTIME_DIR: '/run/user/7' }, '/home/u', 'linux').map(
      (endpoint) => (endpoint.kind === 'socket' ? endpoint.socketPath : endpoint.host),
    );
    expect(sockets).toEqual([
      '/var/run/docker.sock',
      '/run/user/7/docker.sock',
      '/home/u/.docker/run/docker.sock',
      '/home/u/.docker/desktop/docker.sock',
    ]);
  });
});

describe('pingDocker and dockerAvailable', () => {
  let dir: string;
  const servers: Array<http.Server | net.Server> = [];
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'diplograph-docker-probe-'));
  });
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.destroy());
    await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const listen = <S extends http.Server | net.Server>(server: S, at: string | number): Promise<S> =>
    new Promise((resolve) => {
      servers.push(server);
      server.listen(at as never, () => resolve(server));
    });
  const port = (server: net.Server): number => (server.address() as net.AddressInfo).port;

  it('says yes when an engine answers /_ping on its socket', async () => {
    const socketPath = path.join(dir, 'docker.sock');
    await listen(
      http.createServer((request, response) => {
        response.statusCode = request.url === '/_ping' ? 200 : 404;
        response.end('OK');
      }),
      socketPath,
    );
    await expect(pingDocker({ kind: 'socket', socketPath }, 1_000)).resolves.toBe(true);
    await expect(dockerAvailable({ DOCKER_HOST: `unix://${socketPath}` }, 1_000)).resolves.toBe(
      true,
    );
  });

  it('says no when the engine answers with an error', async () => {
    const server = await listen(
      http.createServer((_request, response) => {
        response.statusCode = 500;
        response.end();
      }),
      0,
    );
    await expect(
      dockerAvailable({ DOCKER_HOST: `tcp://127.0.0.1:${port(server)}` }, 1_000),
    ).resolves.toBe(false);
  });

  it('gives up after its timeout on a port that accepts and never answers', async () => {
    const silent = await listen(
      net.createServer((socket) => void sockets.push(socket)),
      0,
    );
    const started = Date.now();
    await expect(
      dockerAvailable({ DOCKER_HOST: `tcp://127.0.0.1:${port(silent)}` }, 300),
    ).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(sockets.length).toBe(1); // it did connect, so the timeout is what ended it
  });

  it('says no when nothing listens', async () => {
    await expect(
      dockerAvailable({ DOCKER_HOST: `unix://${path.join(dir, 'missing.sock')}` }, 300),
    ).resolves.toBe(false);
  });
});
