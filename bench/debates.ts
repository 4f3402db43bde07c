// A long debate under load, and search over many replies. A debate of 2,000 replies (nested, every
// stance) is written in batches of rows as the service writes them (same HTML, same search documents),
// its last reply through the service; 50 connections (autocannon, in this process) read its first
// page (`GET /api/debates/:id`), anonymous and signed in, from the app (another process), beside a
// bare Express app serving the same bytes from memory in the same run. Beside requests/s, each run
// gives the CPU time per request of each server process (/proc/<pid>/stat, user + system, over the
// run, divided by the requests answered): on a shared machine that figure holds when requests/s do
// not. Then 100,000 replies (CORPUS_BODIES distinct bodies, made by the database from a work table)
// are searched by the debates' search, in this process: wall and CPU time p50 and p99, and the
// query plan. On the embedded database, and on PostgreSQL when one answers (a throw-away database).
// Target: the first page at least 0.8x the bare route on the embedded database (requests/s or CPU
// per request); search p50 well under 100 ms.
//
// Run alone: `npm run build && node --import tsx bench/debates.ts`.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Stance } from "../common/debates.js";
import { loadConfig } from "../server/config.js";
import { createPrisma, type Db, openDatabase } from "../server/db/client.js";
import { Prisma } from "../server/generated/prisma/client.js";
import { renderMarkdown } from "../server/markdown/render.js";
import { createDebate, createReply } from "../server/modules/debates/index.js";
import { hitsStatement, searchDebates, searchQuerySchema } from "../server/modules/debates/search.js";
import { searchDocument } from "../server/search/document.js";
import {
  freePort,
  type LoadFigures,
  loadRun,
  report,
  serverNodeFlags,
  stop,
  throwAwayPostgres,
  timeUntilHealthy,
  withCpu,
} from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONNECTIONS = 50;
const TARGET_RATIO = 0.8;
const THREAD_REPLIES = Number(process.env.BENCH_DEBATE_REPLIES ?? 2_000);
const SEARCH_REPLIES = Number(process.env.BENCH_SEARCH_REPLIES ?? 100_000);
const SEARCH_RUNS = 200;
const SEARCH_TARGET_MS = 100;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "demo-tashawur-2026";
const stances: Stance[] = ["for", "against", "neutral", "question"];

const load = (url: string, headers: Record<string, string> = {}, seconds = SECONDS) =>
  loadRun(url, { connections: CONNECTIONS, seconds, headers });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

// ─── Writing the debates ──────────────────────────────────────────────────────────────────────────

// Bodies mix passages of the forum's founding texts (real Arabic, with its own frequencies, articles
// and proclitics) with words drawn from a large made-up vocabulary, so that a word of those texts
// is found in a realistic share of replies rather than in all of them.
const domainDir = path.join(root, "..", "..", "shared", "domain");
const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

function loadTexts(): string[] {
  for (const dir of [process.env.BENCH_TEXTS_DIR, domainDir, path.join(root, "..", "shared", "domain")]) {
    if (!dir || !existsSync(dir)) continue;
    const words = readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .flatMap((name) => readFileSync(path.join(dir, name), "utf8").split(/\s+/))
      .filter((word) => /[\u0621-\u064A]/.test(word));
    if (words.length > 200) return words;
  }
  // Without the texts: the search queries' own words, repeated.
  return searches.flatMap((q) => q.replace(/"/g, "").split(" ")).flatMap((word) => [word, "في", "من", "على"]);
}

/** A deterministic pseudo-random sequence, so that every run writes the same corpus. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function bodyWriter(seed: number) {
  const next = sequence(seed);
  const texts = loadTexts();
  const made = Array.from({ length: 30_000 }, () =>
    Array.from({ length: 3 + Math.floor(next() * 5) }, () => letters[Math.floor(next() * letters.length)]).join(""),
  );
  return (words: number): string => {
    const from = Math.floor(next() * Math.max(1, texts.length - 15));
    const passage = texts.slice(from, from + 5 + Math.floor(next() * 10));
    const rest = Array.from(
      { length: Math.max(0, words - passage.length) },
      () => made[Math.floor(made.length * next() ** 1.5)]!,
    );
    return [...passage, ...rest].join(" ");
  };
}

type Writer = { id: string; role: "admin" | "moderator" | "member"; name: string };

async function writers(db: Db): Promise<Writer[]> {
  const rows = await db.user.findMany({ select: { id: true, role: true, name: true }, orderBy: { email: "asc" } });
  if (rows.length < 2) throw new Error("the demo's accounts are missing");
  return rows;
}

type ReplyRowInput = { id: string; parentId: string | null; seq: number; depth: number; path: string; body: string };

/** Replies written straight into the table, in batches, as the service writes them (same documents, same HTML). */
async function insertReplies(db: Db, debateId: string, people: Writer[], replies: ReplyRowInput[], firstAt: number) {
  const counts = new Map<string, number>();
  for (const reply of replies) if (reply.parentId) counts.set(reply.parentId, (counts.get(reply.parentId) ?? 0) + 1);
  for (let offset = 0; offset < replies.length; offset += 500) {
    const rows = replies.slice(offset, offset + 500).map((reply) => {
      const at = new Date(firstAt + reply.seq * 60_000);
      return Prisma.sql`(${reply.id}::uuid, ${debateId}::uuid, ${reply.parentId}::uuid, ${reply.seq}, ${reply.depth},
        ${reply.path}, ${stances[reply.seq % 4]}::debate_stance, ${reply.body}, ${renderMarkdown(reply.body)},
        ${people[reply.seq % people.length]!.id}::uuid, ${counts.get(reply.id) ?? 0}, ${searchDocument(reply.body)}, ${at}, ${at})`;
    });
    await db.$executeRaw`
      INSERT INTO debate_replies (id, debate_id, parent_id, seq, depth, path, stance, body_md, body_html, author_id,
        child_count, search_text, created_at, updated_at)
      VALUES ${Prisma.join(rows)}`;
  }
  const last = new Date(firstAt + replies.length * 60_000);
  await db.debate.update({ where: { id: debateId }, data: { replyCount: replies.length, lastActivityAt: last } });
}

/**
 * A debate of `count` replies, every stance: the first through the service (as a reader writes
 * them), the rest in batches: 1 in 8 at the top, the others under one of the 40 latest replies.
 */
async function writeThread(db: Db, people: Writer[], count: number): Promise<string> {
  const next = sequence(7);
  const body = bodyWriter(7);
  const debate = await createDebate(db, people[0]!, {
    title: "نقاش طويل: كيف نقوي المشاركة المواطنة في الجماعات؟",
    bodyMd: body(60),
    categoryId: null,
    associationId: null,
    tags: [],
  });
  const replies: ReplyRowInput[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const top = seq <= 50 || next() < 0.125;
    const parent = top ? undefined : replies[Math.max(0, replies.length - 1 - Math.floor(next() * 40))];
    replies.push({
      id: randomUUID(),
      parentId: parent?.id ?? null,
      seq,
      depth: parent ? parent.depth + 1 : 0,
      path: (parent?.path ?? "") + seq.toString(36).padStart(6, "0"),
      body: `${body(20 + Math.floor(next() * 40))}\n\n${body(10)}`,
    });
  }
  await insertReplies(db, debate.id, people, replies, Date.now() - count * 60_000);
  // One more through the service, so that the debate's read model and counters are the service's.
  await createReply(db, people[1]!, debate.id, {
    parentId: null,
    stance: "question",
    bodyMd: body(20),
    quoteOfId: null,
    associationId: null,
  });
  return debate.id;
}

/** Distinct bodies of the search corpus: each is written into ~`count / CORPUS_BODIES` replies. */
const CORPUS_BODIES = 5_000;

/**
 * `count` replies for search, top-level, spread over debates of 2,000 replies each. CORPUS_BODIES
 * distinct bodies are rendered and indexed here as the service does (same HTML, same documents) and
 * written once into a work table; the replies are then made from them by the database in one
 * `INSERT ... SELECT generate_series` per debate, with no round trip per reply, and the search
 * index is built over them at the end (its definition read from the database, so it is the migration's).
 */
async function writeSearchCorpus(db: Db, people: Writer[], count: number): Promise<void> {
  const body = bodyWriter(11);
  const next = sequence(11);
  const perDebate = 2_000;
  const distinct = Math.min(CORPUS_BODIES, count);
  await db.$executeRawUnsafe(
    "CREATE TABLE bench_bodies (n int PRIMARY KEY, body_md text NOT NULL, body_html text NOT NULL, search_text text NOT NULL)",
  );
  try {
    for (let offset = 0; offset < distinct; offset += 500) {
      const rows = Array.from({ length: Math.min(500, distinct - offset) }, (_, i) => {
        const text = body(15 + Math.floor(next() * 45));
        return Prisma.sql`(${offset + i}, ${text}, ${renderMarkdown(text)}, ${searchDocument(text)})`;
      });
      await db.$executeRaw`INSERT INTO bench_bodies (n, body_md, body_html, search_text) VALUES ${Prisma.join(rows)}`;
    }
    const ids = people.map((person) => person.id);
    // The search index is built once over all the rows (as CREATE INDEX does), not row by row.
    const [gin] = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'debate_replies_search_vector_idx'`;
    if (gin) await db.$executeRawUnsafe("DROP INDEX debate_replies_search_vector_idx");
    for (let start = 0; start < count; start += perDebate) {
      const debate = await createDebate(db, people[(start / perDebate) % people.length]!, {
        title: body(8),
        bodyMd: body(40),
        categoryId: null,
        associationId: null,
        tags: [],
      });
      const size = Math.min(perDebate, count - start);
      const firstAt = new Date(Date.UTC(2026, 0, 1) + start * 60_000);
      // Reply i of the corpus (start + g): body i mod distinct, author and stance in turn, a minute apart.
      await db.$executeRaw`
        INSERT INTO debate_replies (id, debate_id, parent_id, seq, depth, path, stance, body_md, body_html, author_id,
          search_text, created_at, updated_at)
        SELECT gen_random_uuid(), ${debate.id}::uuid, NULL, g, 0, lpad(to_hex(g), 6, '0'),
          (ARRAY['for','against','neutral','question'])[1 + g % 4]::debate_stance, b.body_md, b.body_html,
          (${ids}::uuid[])[1 + g % ${ids.length}], b.search_text,
          ${firstAt}::timestamptz + make_interval(mins => g), ${firstAt}::timestamptz + make_interval(mins => g)
        FROM generate_series(1, ${size}) g
        JOIN bench_bodies b ON b.n = (${start} + g) % ${distinct}`;
      await db.debate.update({
        where: { id: debate.id },
        data: { replyCount: size, lastActivityAt: new Date(firstAt.getTime() + size * 60_000) },
      });
    }
    if (gin) await db.$executeRawUnsafe(gin.indexdef);
  } finally {
    await db.$executeRawUnsafe("DROP TABLE IF EXISTS bench_bodies");
  }
  await db.$executeRawUnsafe("ANALYZE debate_replies");
  await db.$executeRawUnsafe("ANALYZE debates");
}

// What people search for: common and rare words, a word with its proclitics, an inflection, two
// words, a phrase, a French word (none in the corpus), a prefix.
const searches = [
  "المواطنة",
  "التنمية",
  "للمواطنة",
  "المواطنين",
  "الشفافية",
  "بالتعليم",
  "الواحات",
  "التصويت",
  "الحوار الشباب",
  "المجتمع المدني",
  '"المجتمع المدني"',
  "الميزانية التشاركية",
  "participation",
  "الجمع",
  "التطوع والتمويل",
  "الموقف",
];

/**
 * Search latency over the corpus, in this process, as `GET /api/search` runs it (first page): wall
 * time, and on the embedded database (which runs in this process) the CPU time each search used
 * (process.cpuUsage), steadier than wall time on a shared machine.
 */
async function measureSearch(db: Db, rows: [string, string][], embedded: boolean): Promise<void> {
  for (const q of searches) await searchDebates(db, searchQuerySchema.parse({ q })); // warm up
  const times: number[] = [];
  const cpu: number[] = [];
  const totals = new Map<string, number>();
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const q = searches[i % searches.length]!;
    const started = performance.now();
    const usage = process.cpuUsage();
    const answer = await searchDebates(db, searchQuerySchema.parse({ q }));
    const used = process.cpuUsage(usage);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    totals.set(q, answer.total);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  rows.push([
    `search (${searches.length} queries x ${SEARCH_RUNS / searches.length})`,
    `p50 ${ms(percentile(times, 0.5))}  p99 ${ms(percentile(times, 0.99))}  max ${ms(times.at(-1)!)}` +
      (embedded ? `  | CPU p50 ${ms(percentile(cpu, 0.5))}  p99 ${ms(percentile(cpu, 0.99))}` : "") +
      `  | target p50 < ${SEARCH_TARGET_MS} ms: ${percentile(embedded ? cpu : times, 0.5) < SEARCH_TARGET_MS ? "met" : "NOT met"}`,
  ]);
  const counts = [...totals].map(([q, total]) => `${q} ${total}`).join(", ");
  rows.push(["hits per query", counts]);
  // The plan of the whole statement for one word: the GIN indexes answer the match.
  const statement = hitsStatement(searchQuerySchema.parse({ q: "الشفافية" }))!;
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ANALYZE ${statement}`;
  const lines = plan.map((row) => row["QUERY PLAN"].trim());
  const indexes = [
    ...new Set(lines.flatMap((line) => /Index Scan (?:Backward )?(?:using|on) (\S+)/.exec(line)?.[1] ?? [])),
  ];
  const gin = indexes.filter((name) => name.endsWith("search_vector_idx"));
  rows.push(["plan («الشفافية»)", `${gin.length ? `GIN: ${gin.join(", ")}` : "no GIN index scan"}; ${lines.at(-1)}`]);
}

// ─── Reading under load ───────────────────────────────────────────────────────────────────────────

async function signedInCookie(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { data } = (await csrf.json()) as { data: { csrfToken: string } };
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", "x-csrf-token": data.csrfToken },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

async function startApp(env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { child } = await timeUntilHealthy(
    process.execPath,
    [...serverNodeFlags(), path.join(root, "dist", "server", "main.js")],
    { ...process.env, NODE_ENV: "production", PUBLIC_URL: base, PORT: String(port), HOST: "127.0.0.1", ...env },
    `${base}/api/health`,
    { timeoutMs: 180_000 },
  );
  return { base, child };
}

async function measureReads(env: NodeJS.ProcessEnv, debateId: string, rows: [string, string][]): Promise<boolean> {
  const { base, child } = await startApp(env);
  const work = await mkdtemp(path.join(tmpdir(), "tashawur-bench-debates-"));
  let bare: Awaited<ReturnType<typeof timeUntilHealthy>>["child"] | undefined;
  try {
    const cookie = await signedInCookie(base, "karim@tashawur.example");
    const pagePath = `/api/debates/${debateId}`;
    const readers = [
      { label: "anonymous", path: pagePath, headers: {} as Record<string, string> },
      { label: "signed in", path: `${pagePath}/as-member`, headers: { cookie } },
    ];
    const routes = await Promise.all(
      readers.map(async (reader) => {
        const response = await fetch(base + pagePath, {
          headers: { "accept-encoding": "identity", ...reader.headers },
        });
        if (response.status !== 200) throw new Error(`${reader.label}: ${response.status}`);
        const body = Buffer.from(await response.arrayBuffer());
        return { path: reader.path, type: "application/json; charset=utf-8", body: body.toString("base64") };
      }),
    );
    const routesFile = path.join(work, "routes.json");
    await writeFile(routesFile, JSON.stringify(routes));
    const barePort = await freePort();
    const bareBase = `http://127.0.0.1:${barePort}`;
    bare = (
      await timeUntilHealthy(
        process.execPath,
        ["--import", "tsx", path.join(root, "bench", "bare-server.ts")],
        { ...process.env, PORT: String(barePort), BENCH_ROUTES: routesFile },
        `${bareBase}/api/health-of-baseline`,
      )
    ).child;
    let met = true;
    for (const [i, reader] of readers.entries()) {
      const size = Buffer.from(routes[i]!.body, "base64").length;
      await load(base + pagePath, reader.headers, 1); // warm up (JIT, read models)
      await load(bareBase + reader.path, {}, 1);
      // CPU per request of each server process (/proc/<pid>/stat, user + system): the machine may
      // be shared, and this does not depend on what else runs.
      const app = await withCpu(child.pid!, () => load(base + pagePath, reader.headers));
      const baseline = await withCpu(bare!.pid!, () => load(bareBase + reader.path));
      const ratio = app.result.rps / baseline.result.rps;
      const appCpu = app.cpuMs / Math.max(1, app.result.requests);
      const bareCpu = baseline.cpuMs / Math.max(1, baseline.result.requests);
      const cpuRatio = bareCpu / appCpu;
      const ok = Math.max(ratio, cpuRatio) >= TARGET_RATIO && app.result.errors === 0;
      if (reader.label === "anonymous") met &&= ok;
      const figures = (run: LoadFigures) =>
        `${run.rps.toFixed(0).padStart(5)} req/s  p50 ${String(run.p50).padStart(3)} ms  p99 ${String(run.p99).padStart(4)} ms`;
      rows.push([
        `GET /api/debates/:id ${reader.label} (${(size / 1024).toFixed(0)} KB)`,
        `${figures(app.result)}  CPU ${appCpu.toFixed(2)} ms/req` +
          `  | bare ${figures(baseline.result)}  CPU ${bareCpu.toFixed(2)} ms/req` +
          `  | ratio ${ratio.toFixed(2)}x (CPU ${cpuRatio.toFixed(2)}x)${app.result.errors ? `  errors ${app.result.errors}` : ""}  ${ok ? "met" : "NOT met"}`,
      ]);
    }
    // What any signed-in request costs before its route (the session's lookup and renewal, the
    // account): the part of the signed-in page's cost that is not the page's.
    const session = await withCpu(child.pid!, () => load(`${base}/api/me`, { cookie }));
    rows.push([
      "GET /api/me signed in (the session alone)",
      `${session.result.rps.toFixed(0).padStart(5)} req/s  p50 ${String(session.result.p50).padStart(3)} ms` +
        `  CPU ${(session.cpuMs / Math.max(1, session.result.requests)).toFixed(2)} ms/req`,
    ]);
    return met;
  } finally {
    if (bare) await stop(bare);
    await stop(child);
    await rm(work, { recursive: true, force: true });
  }
}

// ─── One database ─────────────────────────────────────────────────────────────────────────────────

/** Where a long run is, on stderr (the figures go to stdout at the end). */
const progress = (label: string, step: string) => process.stderr.write(`debates (${label}): ${step}...\n`);

async function runAgainst(label: string, env: NodeJS.ProcessEnv) {
  const rows: [string, string][] = [];
  // The first start makes the database, its migrations and the demo (its accounts write the debates).
  const first = await startApp(env);
  await stop(first.child);
  const database = await openDatabase(loadConfig({ ...env, NODE_ENV: "development" }), { role: "bench/debates" });
  const db = createPrisma(database);
  let debateId: string;
  try {
    const people = await writers(db);
    progress(label, `writing a thread of ${THREAD_REPLIES} replies`);
    let started = performance.now();
    debateId = await writeThread(db, people, THREAD_REPLIES);
    rows.push([
      `thread of ${THREAD_REPLIES} replies`,
      `written in ${((performance.now() - started) / 1000).toFixed(1)} s (batches of 500 rows, the last reply through the service)`,
    ]);
    started = performance.now();
    progress(label, `writing ${SEARCH_REPLIES} replies to search`);
    await writeSearchCorpus(db, people, SEARCH_REPLIES);
    const total = await db.debateReply.count();
    rows.push([
      "search corpus",
      `${total} replies in all, ${SEARCH_REPLIES} written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ]);
    progress(label, "searching");
    await measureSearch(db, rows, label === "embedded");
  } finally {
    await db.$disconnect();
    await database.close();
  }
  progress(label, "reading the thread's first page under load");
  const met = await measureReads(env, debateId, rows);
  rows.push([
    "target",
    `first page (anonymous) >= ${TARGET_RATIO}x bare${label === "embedded" ? "" : " (informative here)"}: ${met ? "met" : "NOT met"}`,
  ]);
  report(`debates (${label} database, ${CONNECTIONS} connections, ${SECONDS} s per reader)`, rows);
}

export async function benchDebates() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "tashawur-bench-debates-data-"));
  try {
    await runAgainst("embedded", { DATA_DIR: dataDir, DATABASE_URL: "" });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const postgres = await throwAwayPostgres(POSTGRES_URL, "tashawur_bench_debates");
  if (!postgres) {
    console.log("\ndebates (PostgreSQL): skipped, no server answers at", POSTGRES_URL);
    return;
  }
  const pgDataDir = await mkdtemp(path.join(tmpdir(), "tashawur-bench-debates-data-"));
  try {
    await runAgainst("PostgreSQL", {
      DATA_DIR: pgDataDir,
      DATABASE_URL: postgres.url,
      DEMO: "true",
      SESSION_SECRET: "bench-secret-bench-secret-bench-secret",
    });
  } finally {
    await postgres.drop();
    await rm(pgDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchDebates();
