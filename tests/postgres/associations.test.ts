import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssociationMember, InvitationCreated } from "../../common/associations.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  associationWithRepresentatives,
  newMember,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";

describe.skipIf(!postgresAvailable())("associations under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestPostgres);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function withMembers(count: number) {
    const rep = await activeAssociation(app, admin);
    const members = [];
    for (let i = 0; i < count; i++) {
      const person = await newMember(app, { name: `عضو ${i + 1}` });
      const { link } = (
        await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
          email: person.email,
        })
      ).body.data!;
      const accepted = await person.client.post(`/api/invitations/${link.split("/invitations/")[1]}/accept`);
      expect(accepted.status).toBe(200);
      members.push(person);
    }
    return { rep, members };
  }

  it("keeps exactly one primary delegate while both representatives try to move it in parallel", async () => {
    const { rep, members } = await withMembers(1);
    const other = members[0]!;
    const base = `/api/associations/${rep.association.id}`;
    await rep.client.patch(`${base}/members/${other.user.id}`, { role: "representative" });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? other.client : rep.client).put<AssociationMember[]>(`${base}/delegate`, {
          userId: i % 3 ? other.user.id : rep.user.id,
        }),
      ),
    );
    // Only whoever holds the office at that moment may hand it over; the others are told so.
    for (const answer of answers) {
      if (answer.status !== 200) expect(answer.body.error?.code).toBe("DELEGATE_HANDOVER_REQUIRED");
    }
    const delegates = await app.db.associationDelegate.findMany({ where: { associationId: rep.association.id } });
    expect(delegates).toHaveLength(1);
    // The history is in the order the changes were committed, and ends with the delegate in office.
    const history = await app.db.delegateChange.findMany({
      where: { associationId: rep.association.id },
      orderBy: { id: "asc" },
    });
    expect(history.at(-1)!.delegateId).toBe(delegates[0]!.userId);
    for (let i = 1; i < history.length; i++) {
      expect(history[i]!.effectiveFrom.getTime()).toBeGreaterThanOrEqual(history[i - 1]!.effectiveFrom.getTime());
      expect(history[i]!.delegateId).not.toBe(history[i - 1]!.delegateId);
    }
  });

  it("the database itself refuses a second primary delegate row for one association, whatever the application does", async () => {
    const { rep, members } = await withMembers(1);
    const other = members[0]!;
    await rep.client.patch(`/api/associations/${rep.association.id}/members/${other.user.id}`, {
      role: "representative",
    });
    if (app.database.kind !== "postgres") throw new Error("unreachable");
    const [first, second] = [await app.database.pool.connect(), await app.database.pool.connect()];
    try {
      await first.query("BEGIN");
      await second.query("BEGIN");
      await first.query("DELETE FROM association_delegates WHERE association_id = $1", [rep.association.id]);
      await first.query("INSERT INTO association_delegates (association_id, user_id) VALUES ($1, $2)", [
        rep.association.id,
        other.user.id,
      ]);
      const racing = second
        .query("INSERT INTO association_delegates (association_id, user_id) VALUES ($1, $2)", [
          rep.association.id,
          rep.user.id,
        ])
        .then(
          () => "inserted",
          (error: { code?: string }) => error.code,
        );
      await first.query("COMMIT");
      expect(await racing).toBe("23505");
      await second.query("ROLLBACK");
    } finally {
      first.release();
      second.release();
    }
    expect(await app.db.associationDelegate.count({ where: { associationId: rep.association.id } })).toBe(1);
  });

  it("never passes the representative limit when promotions race", async () => {
    const { rep, members } = await withMembers(5);
    const base = `/api/associations/${rep.association.id}`;
    const answers = await Promise.all(
      members.map((member) => rep.client.patch(`${base}/members/${member.user.id}`, { role: "representative" })),
    );
    const codes = answers.map((a) => (a.status === 200 ? "ok" : a.body.error!.code)).sort();
    expect(codes).toEqual([
      "REPRESENTATIVE_LIMIT",
      "REPRESENTATIVE_LIMIT",
      "REPRESENTATIVE_LIMIT",
      "REPRESENTATIVE_LIMIT",
      "ok",
    ]);
    expect(
      await app.db.associationMember.count({ where: { associationId: rep.association.id, role: "representative" } }),
    ).toBe(2);
  });

  it("accepts an invitation link once when it is used twice at the same time", async () => {
    const rep = await activeAssociation(app, admin);
    const person = await newMember(app);
    const { link } = (
      await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
        email: person.email,
      })
    ).body.data!;
    const path = `/api/invitations/${link.split("/invitations/")[1]}/accept`;
    const answers = await Promise.all([person.client.post(path), person.client.post(path), person.client.post(path)]);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.body.error?.code === "INVALID_STATE")).toHaveLength(2);
    expect(await app.db.associationMember.count({ where: { userId: person.user.id } })).toBe(1);
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    await expect(app.db.$executeRawUnsafe("UPDATE audit_entries SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe("DELETE FROM audit_entries")).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe("TRUNCATE audit_entries")).rejects.toThrow(/append-only/);
    expect(await app.db.auditEntry.count()).toBeGreaterThan(0);
  });
});

describe.skipIf(!postgresAvailable())("the primary delegate's office under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestPostgres, { ASSOCIATION_MAX_REPRESENTATIVES: "3" });
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("opens exactly one request when two representatives claim the office at once", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad, younes] = others as [(typeof others)[0], (typeof others)[0]];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? souad : younes).client.post(`${base}/delegate/requests`, {})),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.body.error?.code).toBe("DELEGATE_REQUEST_PENDING");
    }
    const requests = await app.db.delegateRequest.findMany({ where: { associationId: delegate.association.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.openFor).toBe(delegate.association.id);
    expect(
      await app.db.associationDelegate.findUnique({ where: { associationId: delegate.association.id } }),
    ).toMatchObject({ userId: delegate.user.id });
  });

  it("the database itself keeps one pending delegate request per association", async () => {
    const { delegate, others } = await associationWithRepresentatives(app, admin, ["سعاد"]);
    const row = (candidateId: string) => ({
      associationId: delegate.association.id,
      candidateId,
      requestedById: candidateId,
      openFor: delegate.association.id,
      effectiveAt: new Date(Date.now() + 3_600_000),
    });
    await app.db.delegateRequest.create({ data: row(others[0]!.user.id) });
    await expect(app.db.delegateRequest.create({ data: row(delegate.user.id) })).rejects.toThrow();
  });
});
