import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, fromDatabaseError } from "../../server/http/errors.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, membershipState, newMember, startAssociationsApp } from "../helpers/associations.js";
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
