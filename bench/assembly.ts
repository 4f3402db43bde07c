// A general assembly: 2,000 delegates (socket.io-client in another process) in one live session on one
// server process; a formal, secret vote opens and every delegate casts a ballot over the socket, spread
// evenly over ten seconds. Printed: the acknowledgement's p50/p99 (from the emit to the answer, which
// comes once the ballot is committed), ballots acknowledged per second, the tally's count at the close
// (must equal the ballots acknowledged) and the server process's peak memory (max RSS). On the
// embedded database, then on PostgreSQL when one answers. Nothing here asserts a time.
import { fork } from "node:child_process";
import type { VoteDetail } from "../common/votes.js";
import { openEmbedded, openPostgres } from "../server/db/adapters.js";
import type { Database } from "../server/db/client.js";
import { applyMigrations } from "../server/db/migrate.js";
import { actOnSession, createSession } from "../server/modules/sessions/index.js";
import { startTestApp } from "../tests/helpers/app.js";
import { newMember } from "../tests/helpers/associations.js";
import { migrationPaths } from "../tests/helpers/paths.js";
import { manyDelegates, openedVote } from "../tests/helpers/votes.js";
import { report } from "./lib.js";
import { throwAwayDatabase } from "./votes.js";

const DELEGATES = Number(process.env.ASSEMBLY_DELEGATES ?? 2_000);
const WINDOW_MS = Number(process.env.ASSEMBLY_WINDOW_SECONDS ?? 10) * 1000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

type Answer = { ms: number; ok: boolean; code?: string };

async function runAssembly(label: string, database: Database) {
  const app = await startTestApp(database);
  const child = fork(new URL("./assembly-clients.ts", import.meta.url), [], { execArgv: ["--import", "tsx"] });
  try {
    const moderator = await newMember(app, { role: "moderator", name: "مسيّرة الجمع العام" });
    const delegates = await manyDelegates(app, DELEGATES);
    const reader = { id: moderator.user.id, name: moderator.user.name, role: moderator.user.role };
    const session = await createSession(app.db, reader, {
      title: "الجمع العام",
      scheduledAt: new Date().toISOString(),
      visibility: "members",
      agenda: [{ title: "التصويت على التقرير", budgetMinutes: 60 }],
    });
    await actOnSession(app.db, reader, session.id, { action: "start" });

    const ready = new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`the delegates' process stopped (${code})`)));
    });
    const setupStarted = performance.now();
    child.send({
      url: app.url,
      cookies: delegates.map((delegate) => delegate.client.cookieHeader),
      sessionId: session.id,
    });
    await ready;
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    const vote = await openedVote(moderator.client, { secrecy: "secret", formal: true, title: "المصادقة على التقرير" });
    const cast = new Promise<{ answers: Answer[]; seconds: number }>((resolve) => child.once("message", resolve));
    child.send({ voteId: vote.id, windowMs: WINDOW_MS });
    const { answers, seconds } = await cast;

    const closed = await moderator.client.post<VoteDetail>(`/api/votes/${vote.id}/close`);
    const counted = closed.body.data?.result?.cast ?? Number.NaN;
    const stored = await app.db.voteBallot.count({ where: { voteId: vote.id } });
    const acknowledged = answers.filter((answer) => answer.ok).length;
    const refused = new Map<string, number>();
    for (const answer of answers) {
      if (!answer.ok) refused.set(answer.code ?? "?", (refused.get(answer.code ?? "?") ?? 0) + 1);
    }
    const latencies = answers.filter((answer) => answer.ok).map((answer) => answer.ms);
    const exact = counted === acknowledged && stored === acknowledged && acknowledged === DELEGATES;
    report(
      `assembly (${label}): ${DELEGATES} delegates in one session, each casts over the socket within ${WINDOW_MS / 1000} s`,
      [
        [
          "acknowledgement p50 / p99",
          `${percentile(latencies, 50).toFixed(0)} ms / ${percentile(latencies, 99).toFixed(0)} ms`,
        ],
        [
          "ballots acknowledged per second",
          `${(acknowledged / seconds).toFixed(0)} (${acknowledged} in ${seconds.toFixed(1)} s)`,
        ],
        ["refused", refused.size === 0 ? "none" : JSON.stringify(Object.fromEntries(refused))],
        [
          "tally at the close",
          `${counted} counted, ${stored} stored, ${acknowledged} acknowledged: ${exact ? "every ballot once" : "MISMATCH"}`,
        ],
        ["connecting and joining the session (setup)", `${setupSeconds.toFixed(1)} s`],
        ["server process peak memory (max RSS)", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
      ],
    );
    if (!exact) process.exitCode = 1;
  } finally {
    child.kill();
    await app.close();
  }
}

export async function benchAssembly() {
  if (process.env.ASSEMBLY_DATABASES !== "postgres") {
    const embedded = await openEmbedded("memory://");
    await applyMigrations(embedded, migrationPaths);
    await runAssembly("embedded database", embedded);
  }

  const postgres = await throwAwayDatabase();
  if (!postgres) {
    console.log("\nassembly on PostgreSQL: skipped, no server answers");
    return;
  }
  try {
    const migrator = openPostgres(postgres.url, { max: 2 });
    await applyMigrations(migrator, migrationPaths);
    await migrator.close();
    await runAssembly("PostgreSQL", openPostgres(postgres.url, { max: 20 }));
  } finally {
    await postgres.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAssembly();
