import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, strongPassword } from "../helpers/api-client.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { newMember } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

const DAY = 24 * 60 * 60;

/** The session cookie a response sets, split into its attributes. */
function sessionCookie(response: Response, name = "tashawur.sid") {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) return undefined;
  const attributes = new Map(
    line
      .split(";")
      .slice(1)
      .map((part) => {
        const [key = "", value = ""] = part.trim().split("=");
        return [key.toLowerCase(), value] as const;
      }),
  );
  return { line, attributes };
}

// Session handling as a browser sees it: the cookie's name and attributes on plain HTTP, behind a
// public HTTPS address and behind a trusted TLS proxy; its renewal on use; who the session names.
describe("session cookie and session user (embedded PGlite)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(await openTestEmbedded());
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Signs a new account in at `baseUrl` as a browser would (CSRF token first), with `headers` on both requests. */
  async function signIn(baseUrl: string, headers: Record<string, string> = {}) {
    const { email } = await newMember(app);
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
    const token = ((await csrf.json()) as { data: { csrfToken: string } }).data.csrfToken;
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    return fetch(`${baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "x-csrf-token": token, cookie },
      body: JSON.stringify({ email, password: strongPassword }),
    });
  }

  it("sets a host-only HttpOnly, SameSite=Lax cookie for 14 days, not Secure over plain HTTP", async () => {
    const response = await signIn(app.url);
    const cookie = sessionCookie(response)!;
    expect(cookie.attributes.get("path")).toBe("/");
    expect(cookie.attributes.has("httponly")).toBe(true);
    expect(cookie.attributes.get("samesite")).toBe("Lax");
    expect(cookie.attributes.has("secure")).toBe(false);
    expect(cookie.attributes.has("domain")).toBe(false);
    const expires = Date.parse(cookie.attributes.get("expires")!);
    expect(Math.round((expires - Date.now()) / 1000 / DAY)).toBe(14);
  });

  it("stores no session and sets no cookie for a visitor who has not needed one", async () => {
    const sessions = await app.db.session.count();
    const response = await fetch(`${app.url}/api/charter`);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await app.db.session.count()).toBe(sessions);
  });

  it("renews the cookie on every answer to a session's request (rolling)", async () => {
    const first = await signIn(app.url);
    const cookie = sessionCookie(first)!.line.split(";")[0]!;
    const again = await fetch(`${app.url}/api/auth/me`, { headers: { cookie } });
    expect(sessionCookie(again)?.line.split(";")[0]).toBe(cookie);
  });

  it("names the logged-in user, refuses a wrong password, and forgets a deleted account", async () => {
    const { client, user, email } = await newMember(app);
    expect((await client.get<{ user: { id: string } }>("/api/auth/me")).body.data!.user.id).toBe(user.id);
    const wrong = await new ApiClient(app.url).post("/api/auth/login", { email, password: `${strongPassword}x` });
    expect(wrong.body.error!.code).toBe("INVALID_CREDENTIALS");
    await app.db.user.delete({ where: { id: user.id } });
    expect((await client.get<{ user: null }>("/api/auth/me")).body.data!.user).toBeNull();
  });

  it("uses a Secure __Host- cookie behind a public HTTPS address", async () => {
    const https = await startTestApp(app.database, {
      closeDatabase: false,
      env: { PUBLIC_URL: "https://forum.example.ma", TRUST_PROXY: "1" },
    });
    try {
      const response = await signIn(https.url, { "x-forwarded-proto": "https" });
      expect(response.status).toBe(200);
      expect(sessionCookie(response)).toBeUndefined();
      const cookie = sessionCookie(response, "__Host-tashawur.sid")!;
      expect(cookie.attributes.has("secure")).toBe(true);
      expect(cookie.attributes.get("path")).toBe("/");
      // Always Secure: a request that reached it over plain HTTP gets no session cookie at all.
      const plain = await signIn(https.url);
      expect(sessionCookie(plain, "__Host-tashawur.sid")).toBeUndefined();
      expect(sessionCookie(plain)).toBeUndefined();
    } finally {
      await https.close();
    }
  });

  it("marks the cookie Secure behind a trusted proxy only when the request came over TLS", async () => {
    const proxied = await startTestApp(app.database, { closeDatabase: false, env: { TRUST_PROXY: "1" } });
    try {
      const tls = await signIn(proxied.url, { "x-forwarded-proto": "https" });
      expect(sessionCookie(tls)!.attributes.has("secure")).toBe(true);
      const plain = await signIn(proxied.url);
      expect(sessionCookie(plain)!.attributes.has("secure")).toBe(false);
    } finally {
      await proxied.close();
    }
    const untrusted = await signIn(app.url, { "x-forwarded-proto": "https" });
    expect(sessionCookie(untrusted)!.attributes.has("secure")).toBe(false);
  });
});
