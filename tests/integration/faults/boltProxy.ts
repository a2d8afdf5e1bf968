// A TCP proxy in front of the test suite's Neo4j (whatever its source:
// NEO4J_URI, testcontainers or the local one): "down" refuses connections,
// "crash" cuts every open connection at once, mid-transaction, as a dead
// database does for its clients. Faults without a second database to kill.
import net from 'node:net';

export interface BoltProxy {
  port: number;
  /** A bolt:// URI to the proxy (direct: a routing table would point past it). */
  uri: string;
  up(): Promise<void>;
  /** Cuts every connection and stops accepting new ones. */
  crash(): Promise<void>;
  close(): Promise<void>;
}

export async function startBoltProxy(target: string, port: number): Promise<BoltProxy> {
  const upstream = new URL(target.replace(/^(neo4j|bolt)(\+s|\+ssc)?:/, 'http:'));
  const secure = /^(neo4j|bolt)\+s/.test(target);
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  let server: net.Server | undefined;
  const cutAll = (): void => {
    for (const socket of sockets) socket.destroy();
  };
  const proxy: BoltProxy = {
    port,
    uri: `${secure ? 'bolt+ssc' : 'bolt'}://127.0.0.1:${port}`,
    async up() {
      if (server) return;
      const listening = net.createServer((client) => {
        const remote = net.connect(Number(upstream.port || 7687), upstream.hostname);
        track(client);
        track(remote);
        client.pipe(remote).pipe(client);
        client.once('close', () => remote.destroy());
        remote.once('close', () => client.destroy());
      });
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      server = listening;
    },
    async crash() {
      const closing = server;
      server = undefined;
      cutAll();
      if (closing) await new Promise((resolve) => closing.close(resolve));
    },
    close: () => proxy.crash(),
  };
  return proxy;
}
