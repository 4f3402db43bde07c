import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DecisionDetail,
  DecisionList,
  RegisterExport,
  RegisterPublicKey,
  VerifyReport,
} from "../../common/decisions.js";
import { inTransaction } from "../../server/db/transaction.js";
import {
  recordDecision,
  type StoredRecord,
  sha256Hex,
  verifyExport,
  verifyStored,
} from "../../server/modules/decisions/index.js";
import { allRecords } from "../../server/modules/decisions/service.js";
import type { ApiAnswer, ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { files, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";

/** Posts a moderator's decision: its fields and its source document, as the form sends them. */
async function postDecision(
  client: ApiClient,
  fields: Record<string, string>,
  file: { bytes: Buffer; name: string } | null = { bytes: files.pdf, name: "محضر الجمع العام.pdf" },
): Promise<ApiAnswer<DecisionDetail>> {
  if (!client.csrfToken) await client.refreshCsrf();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("source", new Blob([new Uint8Array(file.bytes)], { type: "application/pdf" }), file.name);
  const response = await fetch(`${client.baseUrl}/api/decisions`, {
    method: "POST",
    headers: { cookie: client.cookieHeader, "x-csrf-token": client.csrfToken! },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

const founding = {
  title: "المصادقة على النظام الأساسي للمنتدى",
  textMd: "صادق الجمع العام التأسيسي على **النظام الأساسي** بالإجماع.",
  decidedAt: "2024-06-15",
  outcome: "adopted",
};

describe("the register of decisions (embedded PGlite)", () => {
  let app: TestApp;
  let moderator: ApiClient;
  let member: ApiClient;
  let first: DecisionDetail;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    moderator = (await newMember(app, { role: "moderator", name: "مشرفة" })).client;
    member = (await newMember(app, { name: "عضو" })).client;
    const posted = await postDecision(moderator, founding);
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    first = posted.body.data!;
    await inTransaction(app.db, (tx) =>
      recordDecision(tx, {
        kind: "vote",
        title: "اعتماد الميثاق = +1",
        textMd: "نص المقترح المعتمد",
        decidedAt: new Date("2026-11-20T16:00:00Z"),
        outcome: "adopted",
        method: "for_against_abstain",
        electorateSize: 42,
        quorum: "0.5",
        rule: "two_thirds_cast",
        figures: { for: 30, against: 5, abstain: 2, participation: 37 / 42 },
        openedAt: new Date("2026-11-20T14:00:00Z"),
        closedAt: new Date("2026-11-20T16:00:00Z"),
        links: [{ label: "المقترح", href: "/proposals/p-1" }],
        voteId: "vote-register-1",
        proposalId: "p-1",
      }),
    );
    const corrected = await moderator.post<DecisionDetail>(`/api/decisions/${first.id}/corrections`, {
      title: "تصحيح: تاريخ المصادقة",
      textMd: "وقع خطأ في التاريخ؛ الصواب هو 16 يونيو.",
      decidedAt: "2024-06-16",
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows each record at its permalink, its hash, the previous hash and its corrections, both ways", async () => {
    const year = new Date().getFullYear();
    const page = await member.get<DecisionDetail>(`/api/decisions/${year}/1`);
    expect(page.status).toBe(200);
    const record = page.body.data!;
    expect(record.number).toBe(`${year}/001`);
    expect(record.content.textHtml).toContain("<strong>النظام الأساسي</strong>");
    expect(record.content.source?.sha256).toBe(sha256Hex(files.pdf));
    expect(record.hash).toBe(sha256Hex(record.canonical));
    expect(record.corrections.map((c) => c.number)).toEqual([`${year}/003`]);
    expect(record.abilities).toEqual({ record: false, correct: false });
    const correction = (await member.get<DecisionDetail>(`/api/decisions/${year}/3`)).body.data!;
    expect(correction.corrects?.number).toBe(`${year}/001`);
    expect(correction.previousHash).toBe(
      (await member.get<DecisionDetail>(`/api/decisions/${year}/2`)).body.data!.hash,
    );
    const source = await member.raw("GET", `/api/decisions/${record.id}/source`);
    expect(source.status).toBe(200);
    expect(Buffer.from(await source.arrayBuffer())).toEqual(files.pdf);
  });

  it("lists, filters and searches the register", async () => {
    const all = (await member.get<DecisionList>("/api/decisions")).body.data!;
    expect(all.total).toBe(3);
    expect(all.items[0]?.correctsNumber).toBe(all.items[2]?.number);
    expect(all.items[2]?.correctedBy).toEqual([all.items[0]?.number]);
    const votes = (await member.get<DecisionList>("/api/decisions?kind=vote")).body.data!;
    expect(votes.items.map((item) => item.title)).toEqual(["اعتماد الميثاق = +1"]);
    const found = (await member.get<DecisionList>(`/api/decisions?q=${encodeURIComponent("الأساسي")}`)).body.data!;
    expect(found.items.map((item) => item.title)).toEqual([founding.title]);
    const none = (await member.get<DecisionList>("/api/decisions?year=1999")).body.data!;
    expect(none.total).toBe(0);
  });

  it("verifies the stored chain, and an export offline against the published key", async () => {
    const report = (await member.get<VerifyReport>("/api/decisions/verify")).body.data!;
    expect(report).toMatchObject({ ok: true, count: 3, problem: null });
    const exported = (await member.raw("GET", "/api/decisions/export.json")).json() as Promise<RegisterExport>;
    const data = await exported;
    const key = (await member.get<RegisterPublicKey>("/api/decisions/public-key")).body.data!;
    expect(key.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(data.publicKey).toEqual(key);
    expect(verifyExport(data, key.pem)).toMatchObject({ ok: true, count: 3 });
  });

  /** The alteration of a column: a value of the column's kind that differs from the stored one. */
  const alterations: Record<string, string> = {
    id: "gen_random_uuid()",
    position: "position + 100",
    year: "year + 1",
    seq: "seq + 7",
    number: "number || '0'",
    kind: "CASE kind WHEN 'manual' THEN 'vote' ELSE 'manual' END",
    title: "title || '.'",
    outcome: "CASE outcome WHEN 'adopted' THEN 'rejected' ELSE 'adopted' END",
    decided_at: "decided_at + interval '1 day'",
    recorded_at: "recorded_at - interval '1 second'",
    vote_id: "COALESCE(vote_id || 'x', 'vote-x')",
    proposal_id: "COALESCE(proposal_id || 'x', 'p-x')",
    corrects_id: "CASE WHEN corrects_id IS NULL THEN gen_random_uuid() ELSE NULL END",
    recorded_by_id: "CASE WHEN recorded_by_id IS NULL THEN gen_random_uuid() ELSE NULL END",
    canonical: "replace(canonical, '\"version\":1', '\"version\": 1')",
    hash: "md5(hash) || md5(title)",
    previous_hash: "md5(previous_hash) || md5(number)",
    search_text: "search_text || ' ''x'':9'",
  };

  it("names the record when any stored field of any record is altered", async () => {
    const columns = (
      await app.db.$queryRawUnsafe<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'decision_records' AND is_generated = 'NEVER'`,
      )
    ).map((row) => row.column_name);
    expect(Object.keys(alterations).sort()).toEqual(columns.sort());
    const rows = await allRecords(app.db);
    expect(verifyStored(rows).ok).toBe(true);
    for (const row of rows) {
      for (const [column, alteration] of Object.entries(alterations)) {
        const report = await app.db
          .$transaction(async (tx) => {
            await tx.$executeRawUnsafe("ALTER TABLE decision_records DISABLE TRIGGER decision_records_append_only");
            await tx.$executeRawUnsafe(
              `UPDATE decision_records SET ${column} = ${alteration} WHERE id = $1::uuid`,
              row.id,
            );
            const altered = await tx.decisionRecord.findMany({ orderBy: { position: "asc" } });
            throw Object.assign(new Error("roll back"), { report: verifyStored(altered as StoredRecord[]) });
          })
          .catch((error: { report?: VerifyReport }) => error.report);
        expect(report?.ok, `${column} of ${row.number}`).toBe(false);
        expect(report?.problem?.number ?? report?.problem?.id, `${column} of ${row.number}`).toBeTruthy();
        const named = [report?.problem?.number, report?.problem?.id];
        expect(
          named.includes(row.number) || named.includes(row.id) || report?.problem?.position === row.position,
          `${column} of ${row.number}: ${JSON.stringify(report?.problem)}`,
        ).toBe(true);
      }
    }
    expect(verifyStored(await allRecords(app.db)).ok).toBe(true);
  });

  it("finds a record removed, reordered or altered in a copy of the export, offline", async () => {
    const data = (await (await member.raw("GET", "/api/decisions/export.json")).json()) as RegisterExport;
    const copy = () => structuredClone(data);
    const check = (exported: RegisterExport) => verifyExport(exported);
    expect(check(copy()).ok).toBe(true);

    const removed = copy();
    removed.records.splice(1, 1);
    expect(check(removed).problem).toMatchObject({ position: 2, reason: "position" });

    const reordered = copy();
    [reordered.records[0], reordered.records[1]] = [reordered.records[1]!, reordered.records[0]!];
    expect(check(reordered).problem).toMatchObject({ position: 1, reason: "position" });

    // The title changed in the readable copy only, then in the canonical text, then re-hashed too.
    const readable = copy();
    readable.records[0]!.record.title = "عنوان آخر";
    expect(check(readable).problem).toMatchObject({ position: 1, reason: "column" });
    const altered = copy();
    altered.records[0]!.canonical = altered.records[0]!.canonical.replace(founding.title, "عنوان آخر");
    expect(check(altered).problem).toMatchObject({ position: 1, reason: "hash" });
    const rehashed = copy();
    rehashed.records[0]!.canonical = altered.records[0]!.canonical;
    rehashed.records[0]!.hash = sha256Hex(rehashed.records[0]!.canonical);
    rehashed.records[0]!.record = JSON.parse(rehashed.records[0]!.canonical);
    expect(check(rehashed).problem).toMatchObject({ position: 2, reason: "link" });

    // The last record cut off, the head rewritten to match: only the forum's signature tells.
    const truncated = copy();
    truncated.records.pop();
    truncated.head = {
      ...truncated.head,
      count: 2,
      number: truncated.records[1]!.number,
      hash: truncated.records[1]!.hash,
    };
    expect(check(truncated).problem).toMatchObject({ reason: "head" });
    const { canonicalJson } = await import("../../server/modules/decisions/canonical.js");
    truncated.canonical = canonicalJson(truncated.head);
    expect(check(truncated).problem).toMatchObject({ reason: "signature" });

    // Another key substituted in the export: checking against the forum's published key finds it.
    const { generateKeyPairSync, sign } = await import("node:crypto");
    const forged = generateKeyPairSync("ed25519");
    truncated.signature = sign(null, Buffer.from(truncated.canonical), forged.privateKey).toString("base64");
    truncated.publicKey = {
      ...truncated.publicKey,
      pem: forged.publicKey.export({ type: "spki", format: "pem" }).toString(),
    };
    expect(check(truncated).ok).toBe(true);
    expect(verifyExport(truncated, data.publicKey.pem).problem).toMatchObject({ reason: "signature" });
  });

  it("exports CSV in UTF-8 with a byte-order mark, quoted, with formulas kept as text", async () => {
    const answer = await member.raw("GET", "/api/decisions/export.csv");
    expect(answer.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toMatch(/^number,kind,title,/);
    expect(text).toContain(`,'اعتماد الميثاق = +1,`.replace("'ا", "ا")); // no formula at its start: kept as is
    expect(text).toContain(founding.title);
  });

  it("lets only moderators record, and refuses bad input with nothing changed", async () => {
    const before = await databaseFingerprint(app.db, ["rate_limit_buckets", "sessions"]);
    expect((await postDecision(member, founding)).body.error?.code).toBe("FORBIDDEN");
    const cases: [Record<string, string>, { bytes: Buffer; name: string } | null, string][] = [
      [{ ...founding, title: "   " }, undefined as never, "VALIDATION_FAILED"],
      [{ ...founding, decidedAt: "2024-02-30" }, undefined as never, "VALIDATION_FAILED"],
      [{ ...founding, outcome: "maybe" }, undefined as never, "VALIDATION_FAILED"],
      [founding, null, "VALIDATION_FAILED"],
      [founding, { bytes: files.png, name: "صورة.pdf" }, "UNSUPPORTED_MEDIA_TYPE"],
    ];
    for (const [fields, file, code] of cases) {
      const answer = await postDecision(moderator, fields, file === undefined ? undefined : file);
      expect(answer.body.error?.code, JSON.stringify(fields)).toBe(code);
    }
    expect(
      (await moderator.post(`/api/decisions/${first.id}/corrections`, { title: "", textMd: "x" })).body.error?.code,
    ).toBe("VALIDATION_FAILED");
    expect(
      (await member.post(`/api/decisions/${first.id}/corrections`, { title: "تصحيح", textMd: "نص" })).body.error?.code,
    ).toBe("FORBIDDEN");
    expect(await databaseFingerprint(app.db, ["rate_limit_buckets", "sessions"])).toEqual(before);
  });
});
