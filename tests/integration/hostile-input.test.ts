import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, fromDatabaseError } from "../../server/http/errors.js";
import { type ApiClient, strongPassword, uniqueEmail } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  AddressedClient,
  activeAssociation,
  adminWithCharter,
  apply,
  files,
  membershipState,
  newMember,
  startAssociationsApp,
  uploadFile,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("control characters are refused before they reach the database (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let member: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    member = (await newMember(app)).client;
  });
  afterAll(() => app?.close());

  it.each([
    "/api/associations?q=%00",
    "/api/associations?city=%00",
    "/api/associations?field=a%01b",
    "/api/associations/%00",
    "/api/charter/versions/%00",
    "/api/reference/fields?all=%00",
    "/api/associations?q=%C2%85",
  ])("GET %s is a 400 naming the control character", async (path) => {
    const answer = await member.get(path);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(answer.body.error?.details)).toContain("control_character");
  });

  it.each([
    ["PATCH", "/api/auth/me", { name: "اسم\u0000" }],
    ["POST", "/api/applications", { nameAr: "جمعية\u0000" }],
    ["POST", "/api/admin/fields", { nameAr: "مجال", nameFr: "x\u0007y" }],
    ["POST", "/api/admin/charter/versions", { kind: "charter", title: "ميثاق", bodyMd: "نص\u0000" }],
    ["PATCH", "/api/auth/me", { "key\u0000": "x" }],
  ] as const)("%s %s with a control character is a 400 that changes nothing", async (method, path, body) => {
    const before = await membershipState(app.db);
    const client = path.startsWith("/api/admin") ? admin : member;
    const answer = await client.request(method, path, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(answer.body.error?.details)).toContain("control_character");
    expect(await membershipState(app.db)).toEqual(before);
  });

  it("keeps tabs and line breaks in free text", async () => {
    const answer = await member.patch("/api/auth/me", { name: "اسم\tمركب" });
    expect(answer.status).toBe(200);
  });

  it("translates the database's refusal of text into a 400 when a control character gets through", async () => {
    const error = await app.db.$queryRaw`SELECT ${"a\u0000b"}::text AS t`.catch((e: unknown) => e);
    const translated = fromDatabaseError(error);
    expect(translated).toBeInstanceOf(AppError);
    expect(translated?.status).toBe(400);
    expect(translated?.code).toBe("VALIDATION_FAILED");
    const fromModel = await app.db.user.findFirst({ where: { name: "a\u0000b" } }).catch((e: unknown) => e);
    expect(fromDatabaseError(fromModel)?.code).toBe("VALIDATION_FAILED");
  });
});

describe("invisible and look-alike names are refused (embedded PGlite)", () => {
  let app: TestApp;
  let member: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    await adminWithCharter(app);
    member = (await newMember(app)).client;
  });
  afterAll(() => app?.close());

  it.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["bidi marks", "\u200f\u200e\u2067\u2069"],
    ["Arabic format characters", "\u061c\u0600\u061c"],
  ])("a person named with %s only is refused at registration and on the profile", async (_label, name) => {
    const before = await app.db.user.count();
    const client = new AddressedClient(app.url);
    const registered = await client.post("/api/auth/register", {
      email: uniqueEmail(),
      name,
      password: strongPassword,
    });
    expect(registered.status).toBe(400);
    expect(registered.body.error?.code).toBe("VALIDATION_FAILED");
    expect(await app.db.user.count()).toBe(before);
    const renamed = await member.patch("/api/auth/me", { name });
    expect(renamed.status).toBe(400);
  });

  it.each([
    ["Arabic format characters", "\u061c\u0600\u0601\u061c"],
    ["zero-width characters", "\u200b\u200c\u200d"],
    ["Arabic digits and signs", "١٢٣ ؟"],
  ])("an association whose Arabic name is made of %s is refused", async (_label, nameAr) => {
    const before = await membershipState(app.db);
    const answer = await apply(member, { nameAr });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.error?.details)).toContain("nameAr");
    expect(await membershipState(app.db)).toEqual(before);
  });

  it("stores a name in NFC without invisible characters at its ends", async () => {
    const answer = await member.patch<{ user: { name: string } }>("/api/auth/me", {
      name: "\u200f Ame\u0301lie Bennani\u200b",
    });
    expect(answer.body.data?.user.name).toBe("Amélie Bennani");
  });
});

describe("password strength is estimated on the server (embedded PGlite)", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
  });
  afterAll(() => app?.close());

  const register = (password: string) => {
    const email = uniqueEmail("strength");
    return new AddressedClient(app.url)
      .post("/api/auth/register", { email, name: "سلمى", password })
      .then(async (answer) => ({ answer, stored: await app.db.user.count({ where: { email } }) }));
  };

  it.each(["password1234", "azertyuiop123", "motdepasse2025", "Tashawur2026!"])(
    "refuses %s with WEAK_PASSWORD in Arabic and stores nothing",
    async (password) => {
      const { answer, stored } = await register(password);
      expect(answer.status).toBe(422);
      expect(answer.body.error?.code).toBe("WEAK_PASSWORD");
      expect(answer.body.error?.message).toMatch(/[\u0600-\u06FF]/);
      expect(stored).toBe(0);
    },
  );

  it("refuses nine characters and accepts ten when they are hard to guess", async () => {
    const nine = await register("q7#Vm!2pX");
    expect(nine.answer.status).toBe(422);
    expect(nine.answer.body.error?.details).toMatchObject({ fields: [{ path: "password", reason: "too_short" }] });
    expect(nine.stored).toBe(0);
    const ten = await register("q7#Vm!2pXz");
    expect(ten.answer.status).toBe(201);
    expect(ten.stored).toBe(1);
  });
});

describe("links in emails come from the configuration, never from the Host header (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(() => app?.close());

  it("builds an invitation link on the listening address whatever Host and X-Forwarded-Host say", async () => {
    const rep = await activeAssociation(app, admin);
    const email = uniqueEmail("invited");
    if (!rep.client.csrfToken) await rep.client.refreshCsrf();
    const response = await rep.client.raw("POST", `/api/associations/${rep.association.id}/invitations`, {
      headers: {
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "content-type": "application/json",
        "x-csrf-token": rep.client.csrfToken!,
      },
      body: JSON.stringify({ email }),
    });
    const answer = (await response.json()) as { data: { link: string } };
    expect(response.status).toBe(201);
    expect(answer.data.link.startsWith(`${app.url}/invitations/`)).toBe(true);
    const mail = await app.db.outboundEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).not.toContain("evil.example");
    expect(mail.text).toContain(`${app.url}/invitations/`);
  });
});

describe("uploads: malformed multipart bodies and the names files are shown under (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let rep: Awaited<ReturnType<typeof activeAssociation>>;
  let applicant: Awaited<ReturnType<typeof newMember>>;
  let applicationId: string;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    rep = await activeAssociation(app, admin);
    applicant = await newMember(app);
    const applied = await apply(applicant.client);
    applicationId = (applied.body.data as { id: string }).id;
  });
  afterAll(() => app?.close());

  const boundary = "----tashawur-test-boundary";
  const part = (field: string, name: string, bytes: Buffer) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n`),
      Buffer.from("Content-Type: application/octet-stream\r\n\r\n"),
      bytes,
      Buffer.from("\r\n"),
    ]);
  const bodies = (field: string, bytes: Buffer) => ({
    "a truncated body": { type: `multipart/form-data; boundary=${boundary}`, body: part(field, "a.png", bytes) },
    "a bad part header": {
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(`--${boundary}\r\nContent-Disposition form-data broken\r\n\r\nx\r\n--${boundary}--\r\n`),
    },
    "no boundary": { type: "multipart/form-data", body: Buffer.concat([part(field, "a.png", bytes)]) },
    "a NUL in the file name": {
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.concat([part(field, "a\u0000.png", bytes), Buffer.from(`--${boundary}--\r\n`)]),
    },
  });

  const send = async (client: ApiClient, method: string, path: string, type: string, body: Buffer) => {
    if (!client.csrfToken) await client.refreshCsrf();
    const response = await fetch(client.baseUrl + path, {
      method,
      headers: { cookie: client.cookieHeader, "x-csrf-token": client.csrfToken!, "content-type": type },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
  };

  it.each(["a truncated body", "a bad part header", "no boundary", "a NUL in the file name"] as const)(
    "answers %s with a 400 and a code, on logos and on documents, changing nothing",
    async (label) => {
      const before = await membershipState(app.db);
      const logo = bodies("logo", files.png)[label];
      const onLogo = await send(
        rep.client,
        "PUT",
        `/api/associations/${rep.association.id}/logo`,
        logo.type,
        logo.body,
      );
      expect(onLogo.status).toBe(400);
      expect(onLogo.body.error?.code).toBe("VALIDATION_FAILED");
      const document = bodies("file", files.pdf)[label];
      const onDocument = await send(
        applicant.client,
        "POST",
        `/api/applications/${applicationId}/documents`,
        document.type,
        document.body,
      );
      expect(onDocument.status).toBe(400);
      expect(onDocument.body.error?.code).toBe("VALIDATION_FAILED");
      expect(await membershipState(app.db)).toEqual(before);
    },
  );

  it("keeps a document under a safe stem and the detected type's extension, shown and downloaded alike", async () => {
    const path = `/api/applications/${applicationId}/documents`;
    const spoofed = await uploadFile<{ fileName: string; url: string }>(applicant.client, "POST", path, "file", {
      bytes: files.pdf,
      name: "invoice\u202Efdp.exe",
      type: "application/pdf",
    });
    expect(spoofed.status).toBe(201);
    expect(spoofed.body.data?.fileName).toBe("invoicefdp.pdf");
    const polyglot = await uploadFile<{ fileName: string; url: string }>(applicant.client, "POST", path, "file", {
      bytes: Buffer.concat([files.pdf, Buffer.from("<html><script>alert(1)</script></html>")]),
      name: "page.html",
      type: "text/html",
    });
    expect(polyglot.body.data?.fileName).toBe("page.pdf");
    const download = await applicant.client.raw("GET", polyglot.body.data!.url);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="page.pdf"; filename*=UTF-8''page.pdf`,
    );
    const detail = await admin.get<{ documents: { fileName: string }[] }>(`/api/admin/applications/${applicationId}`);
    const shown = detail.body.data!.documents.map((d) => d.fileName);
    expect(shown).toEqual(expect.arrayContaining(["invoicefdp.pdf", "page.pdf"]));
    expect(shown.join("")).not.toMatch(/[\u202A-\u202E\u2066-\u2069\p{Cc}]/u);
  });
});
