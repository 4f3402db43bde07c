import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Electorate } from "../../common/electorate.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

// The electorate asked at the very millisecond of a change, through the API and the database query
// (rows at or before the instant, not strictly before).
describe("electorate at the exact instant of a change (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  const electorateAt = async (at: Date) =>
    (await admin.get<Electorate>(`/api/admin/electorate?at=${encodeURIComponent(at.toISOString())}`)).body.data!;

  it("counts an association from the millisecond it was approved, with its delegate, and not one before", async () => {
    const rep = await activeAssociation(app, admin);
    const approval = await app.db.associationStatusChange.findFirstOrThrow({
      where: { associationId: rep.association.id, status: "active" },
    });
    const at = approval.effectiveFrom;
    const entry = (await electorateAt(at)).entries.find((e) => e.associationId === rep.association.id);
    expect(entry?.delegate?.id).toBe(rep.user.id);
    const before = await electorateAt(new Date(at.getTime() - 1));
    expect(before.entries.some((e) => e.associationId === rep.association.id)).toBe(false);
  });

  it("leaves out a suspended association from the millisecond of its suspension", async () => {
    const rep = await activeAssociation(app, admin);
    await admin.post(`/api/admin/associations/${rep.association.id}/suspend`, { reason: "توقيف" });
    const suspension = await app.db.associationStatusChange.findFirstOrThrow({
      where: { associationId: rep.association.id, status: "suspended" },
    });
    const at = suspension.effectiveFrom;
    expect((await electorateAt(at)).entries.some((e) => e.associationId === rep.association.id)).toBe(false);
    const before = await electorateAt(new Date(at.getTime() - 1));
    expect(before.entries.some((e) => e.associationId === rep.association.id)).toBe(true);
  });
});
