import { createServer, Socket as NetSocket, type Socket } from "node:net";

/** A TCP server on 127.0.0.1 that accepts connections and never answers: a network black hole. */
export async function blackHole(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A TCP proxy on 127.0.0.1 to `target`, which can stop forwarding without refusing or closing
 * anything (bytes are held, new connections accepted and left waiting), then resume.
 */
export async function pausableProxy(targetHost: string, targetPort: number) {
  let paused = false;
  const pairs = new Set<[Socket, Socket]>();
  const waiting: (() => void)[] = [];
  const server = createServer((client) => {
    client.on("error", () => {});
    const start = () => {
      const upstream = new NetSocket();
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
      upstream.connect(targetPort, targetHost);
      const pair: [Socket, Socket] = [client, upstream];
      pairs.add(pair);
      client.on("close", () => {
        upstream.destroy();
        pairs.delete(pair);
      });
      upstream.on("close", () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      if (paused) {
        client.pause();
        upstream.pause();
      }
    };
    if (paused) {
      client.pause();
      waiting.push(start);
    } else start();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    /** Holds every byte in both directions, as a network that lost its route would. */
    stop() {
      paused = true;
      for (const [a, b] of pairs) {
        a.unpipe(b);
        b.unpipe(a);
        a.pause();
        b.pause();
      }
    },
    resume() {
      paused = false;
      for (const [a, b] of pairs) {
        a.pipe(b);
        b.pipe(a);
        a.resume();
        b.resume();
      }
      for (const start of waiting.splice(0)) start();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
