import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ApplicationDetail } from "../../common/applications.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  adminWithCharter,
  currentCharterId,
  membershipState,
  newMember,
  profile,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("numbers typed in Eastern Arabic and Persian digits (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("takes a founding year in Eastern Arabic digits and a phone in Persian digits, stored Western", async () => {
    const { client } = await newMember(app);
    const input = {
      ...(await profile(client)),
      foundedYear: "١٩٩٨" as unknown as number,
      contactPhone: "+۲۱۲ ۶۶۱-۲۳۴۵۶۷",
    };
    const applied = await client.post<ApplicationDetail>("/api/applications", {
      profile: input,
      charterVersionId: await currentCharterId(client),
    });
    expect(applied.status).toBe(201);
    const stored = await app.db.association.findUniqueOrThrow({ where: { id: applied.body.data!.association.id } });
    expect(stored.foundedYear).toBe(1998);
    expect(stored.contactPhone).toBe("+212 661-234567");
  });

  it("reads a page number in Eastern Arabic digits", async () => {
    const answer = await admin.get<Paginated<unknown>>("/api/admin/audit?page=%D9%A1&pageSize=%D9%A2");
    expect(answer.status).toBe(200);
    expect(answer.body.data!.page).toBe(1);
    expect(answer.body.data!.pageSize).toBe(2);
  });

  it("still refuses a year that is not a number, naming the field, and changes nothing", async () => {
    const { client } = await newMember(app);
    const before = await membershipState(app.db);
    const answer = await client.post("/api/applications", {
      profile: { ...(await profile(client)), foundedYear: "١٩a٨" },
      charterVersionId: await currentCharterId(client),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(answer.body.error?.details)).toContain("profile.foundedYear");
    expect(await membershipState(app.db)).toEqual(before);
  });
});
