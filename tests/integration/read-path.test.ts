import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AssociationPage, AssociationSummary } from "../../common/associations.js";
import type { FieldOfAction } from "../../common/reference.js";
import { sweepRateLimits } from "../../server/auth/rate-limit.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, startAssociationsApp, unique } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { clientDir } from "../helpers/paths.js";
import { countStatements, type StatementCounter } from "../helpers/statements.js";

describe("the public read path (embedded PGlite)", () => {
  let app: TestApp;
  let counter: StatementCounter;
  let admin: ApiClient;
  let rep: Awaited<ReturnType<typeof activeAssociation>>;
  const tag = unique();

  beforeAll(async () => {
    const database = await openTestEmbedded();
    counter = countStatements(database);
    app = await startAssociationsApp(() => counter.database);
    admin = (await adminWithCharter(app)).client;
    rep = await activeAssociation(app, admin, { nameAr: `جمعية القراءة ${tag}`, city: "فاس" });
    await activeAssociation(app, admin, { nameAr: `جمعية الواحة ${tag}`, city: "مراكش" });
  });
  afterAll(async () => {
    await app?.close();
  });

  const anonymous = () => new ApiClient(app.url);

  it("reads the directory page in at most two statements, then from memory in none", async () => {
    const visitor = anonymous();
    counter.reset();
    const first = await visitor.get<Paginated<AssociationSummary>>(`/api/associations?q=${encodeURIComponent(tag)}`);
    expect(first.status).toBe(200);
    expect(first.body.data!.items).toHaveLength(2);
    expect(first.body.data!.items[0]!.fields.length).toBeGreaterThan(0);
    expect(counter.count()).toBeLessThanOrEqual(2);

    counter.reset();
    const again = await anonymous().get<Paginated<AssociationSummary>>(
      `/api/associations?q=${encodeURIComponent(tag)}`,
    );
    expect(again.body).toEqual(first.body);
    expect(counter.count()).toBe(0);
  });

  it("reads an association's page in one statement, then from memory", async () => {
    const url = `/api/associations/${rep.association.slug}`;
    await rep.client.patch(`/api/associations/${rep.association.id}`, { city: "فاس" });
    counter.reset();
    const first = await anonymous().get<AssociationPage>(url);
    expect(first.status).toBe(200);
    expect(first.body.data!.representatives).toHaveLength(1);
    expect(counter.count()).toBeLessThanOrEqual(1);
    counter.reset();
    expect((await anonymous().get<AssociationPage>(url)).body).toEqual(first.body);
    expect(counter.count()).toBe(0);
  });

  it("serves a changed page and directory as soon as the change is committed", async () => {
    const pageUrl = `/api/associations/${rep.association.id}`;
    const listUrl = `/api/associations?q=${encodeURIComponent(tag)}`;
    const cityOf = async () =>
      (await anonymous().get<Paginated<AssociationSummary>>(listUrl)).body.data!.items.find(
        (item) => item.id === rep.association.id,
      )!.city;
    expect((await anonymous().get<AssociationPage>(pageUrl)).body.data!.city).toBe("فاس");
    expect(await cityOf()).toBe("فاس");

    expect((await rep.client.patch(pageUrl, { city: "طنجة" })).status).toBe(200);
    expect((await anonymous().get<AssociationPage>(pageUrl)).body.data!.city).toBe("طنجة");
    expect(await cityOf()).toBe("طنجة");

    // A representative's new display name shows on the page at once.
    const name = `اسم جديد ${unique()}`;
    expect((await rep.client.patch("/api/auth/me", { name })).status).toBe(200);
    const page = await anonymous().get<AssociationPage>(pageUrl);
    expect(page.body.data!.representatives.map((r) => r.name)).toContain(name);
  });

  it("serves renamed reference data as soon as the change is committed", async () => {
    const fields = (await anonymous().get<FieldOfAction[]>("/api/reference/fields")).body.data!;
    const field = fields[0]!;
    const nameAr = `مجال ${unique()}`;
    expect((await admin.patch(`/api/admin/fields/${field.id}`, { nameAr })).status).toBe(200);
    const after = (await anonymous().get<FieldOfAction[]>("/api/reference/fields")).body.data!;
    expect(after.find((f) => f.id === field.id)!.nameAr).toBe(nameAr);
    const page = await anonymous().get<AssociationPage>(`/api/associations/${rep.association.id}`);
    const shown = page.body.data!.fields.find((f) => f.id === field.id);
    if (shown) expect(shown.nameAr).toBe(nameAr);
  });

  it("serves a read model's answer compressed in the encoding asked for, and a changed one at once", async () => {
    const url = `${app.url}/api/reference/fields`;
    const read = (encoding: string) => fetch(url, { headers: { "accept-encoding": encoding } });
    const [br, gzip, identity] = await Promise.all([read("br"), read("gzip"), read("identity")]);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(identity.headers.get("content-encoding")).toBeNull();
    for (const answer of [br, gzip, identity]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    }
    // fetch decodes: the three carry the same JSON, and the compressed ones are smaller on the wire.
    const [a, b, c] = await Promise.all([br.text(), gzip.text(), identity.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
    expect(Number(br.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(c));

    const field = (JSON.parse(c) as { data: FieldOfAction[] }).data[0]!;
    const nameAr = `مجال مضغوط ${unique()}`;
    expect((await admin.patch(`/api/admin/fields/${field.id}`, { nameAr })).status).toBe(200);
    for (const encoding of ["br", "gzip", "identity"]) {
      const after = (await (await read(encoding)).json()) as { data: FieldOfAction[] };
      expect(after.data.find((f) => f.id === field.id)!.nameAr).toBe(nameAr);
    }
  });

  it("stores no session for anonymous visitors asking for a CSRF token, which still lets them log in", async () => {
    const before = await app.db.session.count();
    const answers = await Promise.all(
      Array.from({ length: 500 }, () => fetch(`${app.url}/api/auth/csrf`).then((r) => r.status)),
    );
    expect(answers.every((status) => status === 200)).toBe(true);
    expect(await app.db.session.count()).toBe(before);

    // A token without the cookie it was issued with is refused.
    const visitor = anonymous();
    await visitor.refreshCsrf();
    const stranger = anonymous();
    stranger.csrfToken = visitor.csrfToken;
    const refused = await stranger.post("/api/auth/login", { email: "x@example.org", password: "whatever-1234" });
    expect(refused.body.error?.code).toBe("CSRF_INVALID");
    // A forged token with a valid shape is refused too.
    const forged = anonymous();
    forged.cookies.set("tashawur.csrf", "abc.def");
    forged.csrfToken = "abc.def";
    const forgedAnswer = await forged.post("/api/auth/login", { email: "x@example.org", password: "whatever-1234" });
    expect(forgedAnswer.body.error?.code).toBe("CSRF_INVALID");
  });

  it("expires the session and rate-limit rows whose time has passed, keeping the others", async () => {
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60 * 60_000);
    const key = unique();
    await app.db.rateLimit.createMany({
      data: [
        { key: `old:${key}`, points: 1, expire: new Date(Date.now() - 5 * 60_000) },
        { key: `live:${key}`, points: 1, expire: future },
      ],
    });
    await app.db.session.createMany({
      data: [
        { sid: `old-${key}`, data: {}, expiresAt: past },
        { sid: `live-${key}`, data: {}, expiresAt: future },
      ],
    });
    expect(await sweepRateLimits(app.db)).toBeGreaterThanOrEqual(1);
    expect(await app.kit.store.prune()).toBeGreaterThanOrEqual(1);
    const buckets = await app.db.rateLimit.findMany({ where: { key: { endsWith: key } } });
    expect(buckets.map((b) => b.key)).toEqual([`live:${key}`]);
    const sessions = await app.db.session.findMany({ where: { sid: { endsWith: key } } });
    expect(sessions.map((row) => row.sid)).toEqual([`live-${key}`]);
  });

  it("marks API answers no-store and sends HSTS only over TLS", async () => {
    const me = await rep.client.get("/api/auth/me");
    expect(me.headers.get("cache-control")).toBe("no-store");
    const plain = await fetch(`${app.url}/api/associations`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    // The test app trusts its proxy: a request that came over TLS gets HSTS.
    const overTls = await fetch(`${app.url}/api/associations`, { headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("serves assets precompressed and immutable, and a missing asset as 404", async () => {
    const script = (await readdir(path.join(clientDir, "assets"))).find((file) => /^index-.*\.js$/.test(file))!;
    const url = `${app.url}/assets/${script}`;
    const br = await fetch(url, { headers: { "accept-encoding": "br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("cache-control")).toMatch(/immutable/);
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    const gzip = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const identity = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(identity.headers.get("content-encoding")).toBeNull();
    // fetch decodes: the three carry the same script.
    const [a, b, c] = await Promise.all([br.text(), gzip.text(), identity.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);

    const missing = await fetch(`${app.url}/assets/x.js`);
    expect(missing.status).toBe(404);
  });
});
