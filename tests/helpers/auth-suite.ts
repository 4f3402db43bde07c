import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/adapters.js";
import { ApiClient, registeredClient, strongPassword, uniqueEmail } from "./api-client.js";
import { startTestApp, type TestApp } from "./app.js";

/** The account and security behaviour every database kind must show. */
export function authSuite(label: string, open: () => Promise<Database> | Database) {
  describe(`accounts and sessions (${label})`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(await open());
    });
    afterAll(async () => {
      await app?.close();
    });

    it("registers, logs out, logs in and reads the current user", async () => {
      const email = uniqueEmail();
      const client = new ApiClient(app.url);
      const registered = await client.post<{ user: { email: string; role: string } }>("/api/auth/register", {
        email: `  ${email.toUpperCase()} `,
        name: "فاطمة الزهراء",
        password: strongPassword,
      });
      expect(registered.status).toBe(201);
      expect(registered.body.data!.user).toMatchObject({ email, role: "member" });

      const me = await client.get<{ user: { email: string } | null }>("/api/auth/me");
      expect(me.body.data!.user?.email).toBe(email);

      expect((await client.post("/api/auth/logout")).status).toBe(200);
      expect((await client.get<{ user: null }>("/api/auth/me")).body.data!.user).toBeNull();

      const login = await client.post("/api/auth/login", { email, password: strongPassword });
      expect(login.status).toBe(200);
      expect((await client.get<{ user: { email: string } }>("/api/auth/me")).body.data!.user.email).toBe(email);
    });

    it("sets an HttpOnly, SameSite=Lax session cookie and regenerates its id at login", async () => {
      const { email } = await registeredClient(app.url);
      const client = new ApiClient(app.url);
      await client.refreshCsrf();
      const before = client.cookies.get("tashawur.sid");
      const response = await client.raw("POST", "/api/auth/login", {
        headers: { "content-type": "application/json", "x-csrf-token": client.csrfToken! },
        body: JSON.stringify({ email, password: strongPassword }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith("tashawur.sid="));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(client.cookies.get("tashawur.sid")).not.toBe(before);
      expect(
        await app.db.session.count({
          where: { userId: (await app.db.user.findUniqueOrThrow({ where: { email } })).id },
        }),
      ).toBeGreaterThan(0);
    });

    it("marks the cookie Secure when the request came over TLS through a trusted proxy", async () => {
      const behindProxy = await startTestApp(app.database, { closeDatabase: false, env: { TRUST_PROXY: "1" } });
      try {
        const response = await fetch(`${behindProxy.url}/api/auth/csrf`, { headers: { "x-forwarded-proto": "https" } });
        // An anonymous visitor gets the signed CSRF cookie (no session is stored for them).
        const cookie = response.headers.getSetCookie().find((line) => line.startsWith("tashawur.csrf="));
        expect(cookie).toMatch(/;\s*Secure/i);
        const plain = await fetch(`${behindProxy.url}/api/auth/csrf`);
        expect(plain.headers.getSetCookie().join()).not.toMatch(/;\s*Secure/i);
      } finally {
        await behindProxy.close();
      }
    });

    it("keeps sessions in the database: a new server process on the same database knows the user", async () => {
      const { client, email } = await registeredClient(app.url);
      const second = await startTestApp(app.database, { closeDatabase: false });
      try {
        const other = new ApiClient(second.url);
        other.cookies = new Map(client.cookies);
        const me = await other.get<{ user: { email: string } | null }>("/api/auth/me");
        expect(me.body.data!.user?.email).toBe(email);
      } finally {
        await second.close();
      }
    });

    it("refuses a taken email with EMAIL_TAKEN and creates no second row", async () => {
      const { email } = await registeredClient(app.url);
      const answer = await new ApiClient(app.url).post("/api/auth/register", {
        email,
        name: "شخص آخر",
        password: strongPassword,
      });
      expect(answer.status).toBe(409);
      expect(answer.body.error).toMatchObject({ code: "EMAIL_TAKEN", details: { fields: [{ path: "email" }] } });
      expect(answer.body.error!.message).toMatch(/[\u0600-\u06FF]/);
      expect(await app.db.user.count({ where: { email } })).toBe(1);
    });

    it.each([
      ["short", () => "abc123"],
      ["common", () => "password123"],
      ["built on the email", (local: string) => `${local.toUpperCase()}!`],
      ["one repeated character", () => "aaaaaaaaaaaa"],
    ])("refuses a weak password (%s) with WEAK_PASSWORD and writes nothing", async (_label, makePassword) => {
      const local = `salma${Date.now()}`;
      const email = `${local}@test.example`;
      const password = makePassword(local);
      const answer = await new ApiClient(app.url).post("/api/auth/register", { email, name: "ضعيف", password });
      expect(answer.status).toBe(422);
      expect(answer.body.error!.code).toBe("WEAK_PASSWORD");
      expect(await app.db.user.count({ where: { email } })).toBe(0);
    });

    it("names every field at fault on invalid input", async () => {
      const answer = await new ApiClient(app.url).post("/api/auth/register", { email: "not-an-email", name: 5 });
      expect(answer.status).toBe(400);
      expect(answer.body.error!.code).toBe("VALIDATION_FAILED");
      const paths = (answer.body.error!.details!.fields as { path: string }[]).map((f) => f.path).sort();
      expect(paths).toEqual(["email", "name", "password"]);
    });

    it("refuses a state-changing request without a valid CSRF token, writing nothing", async () => {
      const email = uniqueEmail();
      const client = new ApiClient(app.url);
      const missing = await client.post(
        "/api/auth/register",
        { email, name: "بلا رمز", password: strongPassword },
        { csrf: false },
      );
      expect(missing.status).toBe(403);
      expect(missing.body.error!.code).toBe("CSRF_INVALID");
      client.csrfToken = "forged-token";
      const forged = await client.post("/api/auth/register", { email, name: "بلا رمز", password: strongPassword });
      expect(forged.body.error!.code).toBe("CSRF_INVALID");
      expect(await app.db.user.count({ where: { email } })).toBe(0);
    });

    it("answers malformed JSON, oversize bodies and wrong types with 4xx and a code", async () => {
      const client = new ApiClient(app.url);
      await client.refreshCsrf();
      const send = (body: string) =>
        client.raw("POST", "/api/auth/login", {
          headers: { "content-type": "application/json", "x-csrf-token": client.csrfToken! },
          body,
        });
      const malformed = await send("{not json");
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe("MALFORMED_JSON");
      const oversize = await send(JSON.stringify({ email: "a@b.ma", password: "x".repeat(300_000) }));
      expect(oversize.status).toBe(413);
      expect(((await oversize.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
      const wrongTypes = await send(JSON.stringify({ email: ["a"], password: { x: 1 } }));
      expect(wrongTypes.status).toBe(400);
      expect(((await wrongTypes.json()) as { error: { code: string } }).error.code).toBe("VALIDATION_FAILED");
    });

    it("slows down a failing account-and-address pair, whatever the email's case, and lets the owner in from elsewhere", async () => {
      const { email } = await registeredClient(app.url);
      // A second process on the same database, behind a proxy, to come from chosen addresses: the
      // counts are in the database, so both processes see them.
      const behindProxy = await startTestApp(app.database, { closeDatabase: false, env: { TRUST_PROXY: "1" } });
      const from = (address: string) => {
        const client = new ApiClient(behindProxy.url);
        const raw = client.raw.bind(client);
        client.raw = (method, path, init = {}) =>
          raw(method, path, { ...init, headers: { "x-forwarded-for": address, ...init.headers } });
        return client;
      };
      try {
        const attacker = from("203.0.113.7");
        // Case variants of one email are one account: they must not each get free failures.
        const variants = [email, email.toUpperCase(), ` ${email}`, email.replace(/^./, (c) => c.toUpperCase())];
        const codes: string[] = [];
        for (let i = 0; i < 7; i++) {
          const answer = await attacker.post("/api/auth/login", {
            email: variants[i % 4],
            password: "wrong-password-123",
          });
          codes.push(answer.body.error!.code);
        }
        expect(codes.slice(0, 6)).toEqual(Array(6).fill("INVALID_CREDENTIALS"));
        expect(codes[6]).toBe("RATE_LIMITED");
        const waiting = await attacker.post("/api/auth/login", { email, password: strongPassword });
        expect(waiting.status).toBe(429);
        expect(Number(waiting.headers.get("retry-after"))).toBeGreaterThan(0);
        // The owner, from an address that has not been failing, is not locked out.
        const owner = await from("198.51.100.20").post("/api/auth/login", { email, password: strongPassword });
        expect(owner.status).toBe(200);
      } finally {
        await behindProxy.close();
      }
    });

    it("lets a user edit their profile and change their password", async () => {
      const { client, email } = await registeredClient(app.url);
      const edited = await client.patch<{ user: { name: string; locale: string } }>("/api/auth/me", {
        name: "اسم جديد",
        locale: "fr",
      });
      expect(edited.body.data!.user).toMatchObject({ name: "اسم جديد", locale: "fr" });
      const wrong = await client.post("/api/auth/password", {
        currentPassword: "nope-nope-nope",
        newPassword: "another-strong-one-77",
      });
      expect(wrong.body.error!.code).toBe("INVALID_CREDENTIALS");
      const weak = await client.post("/api/auth/password", { currentPassword: strongPassword, newPassword: "short" });
      expect(weak.body.error).toMatchObject({ code: "WEAK_PASSWORD", details: { fields: [{ path: "newPassword" }] } });
      const changed = await client.post("/api/auth/password", {
        currentPassword: strongPassword,
        newPassword: "another-strong-one-77",
      });
      expect(changed.status).toBe(200);
      const fresh = new ApiClient(app.url);
      expect((await fresh.post("/api/auth/login", { email, password: strongPassword })).status).toBe(401);
      expect((await fresh.post("/api/auth/login", { email, password: "another-strong-one-77" })).status).toBe(200);
    });

    it("hides other users' details and refuses profile edits when logged out", async () => {
      const answer = await new ApiClient(app.url).patch("/api/auth/me", { name: "مجهول" });
      expect(answer.status).toBe(401);
      expect(answer.body.error!.code).toBe("UNAUTHENTICATED");
    });

    it("reports database reachability and never leaks a stack trace", async () => {
      const health = await new ApiClient(app.url).get<{ database: string }>("/api/health");
      expect(health.body.data!.database).toBe("up");
      const unknown = await new ApiClient(app.url).get("/api/nothing-here");
      expect(unknown.status).toBe(404);
      expect(JSON.stringify(unknown.body)).not.toMatch(/at .*\.ts/);
    });
  });
}
