// The participants of bench/live.ts, in their own process: `count` sockets spread over the cookies
// given, each joining the session and noting when every `session:event` and `bench:bare` arrives.
import { io, type Socket } from "socket.io-client";

type Start = { url: string; cookies: string[]; sessionId: string; count: number };
const now = () => performance.timeOrigin + performance.now();

process.once("message", async (start: Start) => {
  const sockets: Socket[] = [];
  /** Arrival times per kind and number: `s<seq>` for session events, `b<n>` for the bare broadcast. */
  const arrivals: Record<string, number[]> = {};
  const note = (key: string) => {
    const times = arrivals[key] ?? [];
    times.push(now());
    arrivals[key] = times;
  };
  // Connected in waves of 100: every handshake reads its session from the database.
  for (let i = 0; i < start.count; i++) {
    const socket = io(start.url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      timeout: 120_000,
      extraHeaders: { cookie: start.cookies[i % start.cookies.length]! },
    });
    socket.on("session:event", (event: { seq: number }) => note(`s${event.seq}`));
    socket.on("bench:bare", (event: { n: number }) => note(`b${event.n}`));
    sockets.push(socket);
    if (sockets.length % 100 === 0 || i === start.count - 1) {
      await Promise.all(
        sockets.slice(-100).map(
          (socket) =>
            new Promise<void>((resolve, reject) => {
              if (socket.connected) return resolve();
              socket.once("connect", () => resolve());
              socket.once("connect_error", reject);
            }),
        ),
      );
    }
  }
  // Joined in waves: each account's sockets share its event bucket.
  for (let i = 0; i < sockets.length; i += 50) {
    const answers = await Promise.all(
      sockets
        .slice(i, i + 50)
        .map((socket) => socket.timeout(30_000).emitWithAck("session:join", { sessionId: start.sessionId })),
    );
    const refused = answers.find((answer: { ok: boolean }) => !answer.ok);
    if (refused) throw new Error(`join refused: ${JSON.stringify(refused)}`);
  }
  process.send!({ ready: true });
  process.once("message", () => {
    process.send!({ arrivals }, () => {
      for (const socket of sockets) socket.disconnect();
      process.exit(0);
    });
  });
});
