// The participants of bench/assembly.ts, in their own process: one socket per delegate, each joining
// the live session; then, told the vote, each casts its ballot over the socket at its moment within
// the window and notes how long its acknowledgement took.
import { io, type Socket } from "socket.io-client";

type Start = { url: string; cookies: string[]; sessionId: string };
type Cast = { voteId: string; windowMs: number };

const sockets: Socket[] = [];

process.once("message", async (start: Start) => {
  // Connected in waves of 100: every handshake reads its session from the database.
  for (let i = 0; i < start.cookies.length; i += 100) {
    const wave = start.cookies.slice(i, i + 100).map((cookie) => {
      const socket = io(start.url, {
        transports: ["websocket"],
        forceNew: true,
        // A socket dropped while the machine is busy comes back, as a browser's would, and joins again.
        reconnectionDelay: 1_000,
        timeout: 600_000,
        extraHeaders: { cookie },
      });
      sockets.push(socket);
      return new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
    });
    await Promise.all(wave);
    if (process.env.ASSEMBLY_PROGRESS) console.error(`${sockets.length} connected`);
  }
  const join = async (socket: Socket) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await socket.timeout(60_000).emitWithAck("session:join", { sessionId: start.sessionId });
        if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer)}`);
        return;
      } catch (error) {
        if (attempt === 5 || String(error).includes("refused")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  };
  for (let i = 0; i < sockets.length; i += 100) await Promise.all(sockets.slice(i, i + 100).map(join));
  for (const socket of sockets) {
    socket.io.on("reconnect", () => void join(socket).catch(() => {}));
  }
  process.send!({ ready: true });
  process.once("message", async ({ voteId, windowMs }: Cast) => {
    const choices = ["for", "against", "abstain"] as const;
    const started = performance.now();
    const answers = await Promise.all(
      sockets.map(async (socket, i) => {
        const at = started + (i * windowMs) / sockets.length;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
        const begun = performance.now();
        try {
          const answer = (await socket.timeout(60_000).emitWithAck("vote:cast", {
            voteId,
            choice: { method: "for_against_abstain", choice: choices[i % 3] },
          })) as { ok: boolean; error?: { code: string } };
          return { ms: performance.now() - begun, ok: answer.ok, code: answer.error?.code };
        } catch {
          return { ms: performance.now() - begun, ok: false, code: "NO_ANSWER" };
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    process.send!({ answers, seconds }, () => {
      for (const socket of sockets) socket.disconnect();
      process.exit(0);
    });
  });
});
