// Whether a Docker engine answers, asked the way testcontainers would find it
// (DOCKER_HOST, else the usual sockets) but with a short timeout: testcontainers
// itself hangs when DOCKER_HOST names a port that accepts and never answers.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { homedir } from 'node:os';
import path from 'node:path';

export type DockerEndpoint =
  | { kind: 'socket'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number; tlsCertDir?: string };

/** Candidate engine addresses, in the order testcontainers tries them. */
export function dockerEndpoints(
  env: NodeJS.ProcessEnv,
  home: string = homedir(),
  platform: NodeJS.Platform = process.platform,
): DockerEndpoint[] {
  const dockerHost = env.DOCKER_HOST?.trim();
  if (dockerHost) {
    const url = new URL(dockerHost);
    if (url.protocol === 'unix:' || url.protocol === 'npipe:') {
      return [
        {
          kind: 'socket',
          socketPath: url.protocol === 'unix:' ? url.pathname : dockerHost.slice(8),
        },
      ];
    }
    const tls = env.DOCKER_TLS_VERIFY === '1';
    return [
      {
        kind: 'tcp',
        host: url.hostname,
        port: Number(url.port || (tls ? 2376 : 2375)),
        ...(tls ? { tlsCertDir: env.DOCKER_CERT_PATH ?? path.join(home, '.docker') } : {}),
      },
    ];
  }
  if (platform === 'win32') return [{ kind: 'socket', socketPath: '\\\\.\\pipe\\docker_engine' }];
  return [
    '/var/run/docker.sock',
    ...(env.XDG_RUNTIME_DIR ? [path.join(env.XDG_RUNTIME_DIR, 'docker.sock')] : []),
    path.join(home, '.docker', 'run', 'docker.sock'),
    path.join(home, '.docker', 'desktop', 'docker.sock'),
  ].map((socketPath) => ({ kind: 'socket', socketPath }));
}

export async function dockerAvailable(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 2_000,
): Promise<boolean> {
  for (const endpoint of dockerEndpoints(env)) {
    if (endpoint.kind === 'socket' && !endpoint.socketPath.startsWith('\\\\')) {
      if (!existsSync(endpoint.socketPath)) continue;
    }
    if (await pingDocker(endpoint, timeoutMs)) return true;
  }
  return false;
}

/** GET /_ping answers "OK" on every engine version. */
export function pingDocker(endpoint: DockerEndpoint, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (answer: boolean): void => {
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const request =
      endpoint.kind === 'socket'
        ? http.get({ socketPath: endpoint.socketPath, path: '/_ping' })
        : endpoint.tlsCertDir
          ? https.get({
              host: endpoint.host,
              port: endpoint.port,
              path: '/_ping',
              ...tlsFiles(endpoint.tlsCertDir),
            })
          : http.get({ host: endpoint.host, port: endpoint.port, path: '/_ping' });
    const timer = setTimeout(() => done(false), timeoutMs);
    request.on('response', (response) => {
      response.resume();
      done(response.statusCode === 200);
    });
    request.on('error', () => done(false));
  });
}

function tlsFiles(dir: string): { ca?: Buffer; cert?: Buffer; key?: Buffer } {
  const read = (name: string): Buffer | undefined => {
    const file = path.join(dir, name);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}
