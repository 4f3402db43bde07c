// Casting ballots under load: 1,000 delegates cast a secret ballot over HTTP at once (at most
// BENCH_VOTES_CONCURRENCY requests in flight), 20% of them change it once with their receipt; each
// answer is an acknowledged (committed) ballot. Beside it, in the same run and the same PostgreSQL
// database, plain single-row INSERTs with the same concurrency: the ratio says what a ballot costs
// (session, CSRF, the vote's share lock, participation and ballot rows, the receipt) over a bare write.
// The tally at the close must hold every ballot exactly once. Nothing here asserts a time.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { BallotCast, VoteDetail } from "../common/votes.js";
import { openPostgres } from "../server/db/adapters.js";
import { applyMigrations } from "../server/db/migrate.js";
import type { ApiAnswer } from "../tests/helpers/api-client.js";
import { startTestApp } from "../tests/helpers/app.js";
import { newMember } from "../tests/helpers/associations.js";
import { migrationPaths } from "../tests/helpers/paths.js";
import { manyDelegates, openedVote } from "../tests/helpers/votes.js";
import { report } from "./lib.js";

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const VOTERS = Number(process.env.BENCH_VOTES_VOTERS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_VOTES_CONCURRENCY ?? 50);
const CHANGE_SHARE = 0.2;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** Runs `tasks` with at most `limit` in flight; the latency of each, and the wall time of all. */
async function measured<T>(tasks: (() => Promise<T>)[], limit: number) {
  const latencies: number[] = [];
  const results: T[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++]!;
        const begun = performance.now();
        results.push(await task());
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return { latencies, results, seconds: (performance.now() - started) / 1000 };
}

export async function throwAwayDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `tashawur_bench_votes_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // Without FORCE while the app's connections finish closing: forcing them would fail their pool.
    async drop() {
      for (let attempt = 0; attempt < 25; attempt++) {
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function benchVotes() {
  const postgres = await throwAwayDatabase();
  if (!postgres) {
    console.log("\nvotes: skipped, no PostgreSQL server answers at", POSTGRES_URL);
    return;
  }
  const migrator = openPostgres(postgres.url, { max: 2 });
  await applyMigrations(migrator, migrationPaths);
  await migrator.close();
  const app = await startTestApp(openPostgres(postgres.url, { max: 20 }));
  const baseline = new pg.Pool({ connectionString: postgres.url, max: 20 });
  try {
    const moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    const voters = await manyDelegates(app, VOTERS);
    const vote = await openedVote(moderator, { secrecy: "secret", title: "تصويت قياس الأداء" });
    const changers = Math.round(VOTERS * CHANGE_SHARE);
    const choice = (i: number) => ({
      method: "for_against_abstain",
      choice: (["for", "against", "abstain"] as const)[i % 3],
    });

    // Each voter's first ballot, then (for the first 20%) the change, as soon as its receipt is back.
    const receipts = new Map<number, string>();
    const tasks = voters.map((voter, i) => async () => {
      const answer = await voter.client.post<BallotCast>(`/api/votes/${vote.id}/ballot`, { choice: choice(i) });
      if (answer.status === 201) receipts.set(i, answer.body.data!.receipt);
      return answer;
    });
    const first = await measured(tasks, CONCURRENCY);
    const changes = await measured(
      voters.slice(0, changers).map(
        (voter, i) => () =>
          voter.client.post<BallotCast>(`/api/votes/${vote.id}/ballot`, {
            choice: choice(i + 1),
            receipt: receipts.get(i),
          }),
      ),
      CONCURRENCY,
    );
    const answers: ApiAnswer<BallotCast>[] = [...first.results, ...changes.results];
    const acknowledged = answers.filter((answer) => answer.status === 201).length;
    const failed = answers.length - acknowledged;
    const seconds = first.seconds + changes.seconds;
    const latencies = [...first.latencies, ...changes.latencies];

    // The baseline: the same number of plain single-row inserts, same concurrency, same database.
    await baseline.query("CREATE TABLE bench_inserts (id uuid PRIMARY KEY, value int NOT NULL)");
    const inserts = await measured(
      answers.map(
        (_, i) => () => baseline.query("INSERT INTO bench_inserts (id, value) VALUES ($1, $2)", [randomUUID(), i]),
      ),
      CONCURRENCY,
    );

    const closed = await moderator.post<VoteDetail>(`/api/votes/${vote.id}/close`);
    const result = closed.body.data?.result;
    const ballots = await app.db.voteBallot.count({ where: { voteId: vote.id } });
    const complete = result?.cast === VOTERS && ballots === VOTERS && failed === 0;

    const ballotRate = acknowledged / seconds;
    const insertRate = inserts.results.length / inserts.seconds;
    report(`votes (PostgreSQL, ${VOTERS} delegates, ${changers} change once, ${CONCURRENCY} requests in flight)`, [
      [
        "ballots acknowledged",
        `${ballotRate.toFixed(0).padStart(6)} /s  p50 ${percentile(latencies, 50).toFixed(0)} ms  p99 ${percentile(latencies, 99).toFixed(0)} ms  (${acknowledged} in ${seconds.toFixed(1)} s${failed ? `, ${failed} refused` : ""})`,
      ],
      [
        "plain single-row inserts",
        `${insertRate.toFixed(0).padStart(6)} /s  p50 ${percentile(inserts.latencies, 50).toFixed(1)} ms  p99 ${percentile(inserts.latencies, 99).toFixed(1)} ms`,
      ],
      ["ratio", `${(ballotRate / insertRate).toFixed(3)}x a bare insert`],
      [
        "tally",
        `${result?.cast ?? "?"} ballots counted, ${ballots} stored, ${VOTERS} voters: ${complete ? "every ballot once" : "MISMATCH"}`,
      ],
    ]);
    if (!complete) process.exitCode = 1;
  } finally {
    await baseline.end();
    await app.close();
    await postgres.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchVotes();
