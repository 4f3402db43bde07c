import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../common/agenda.js";
import type { AssociationMember } from "../../common/associations.js";
import type { DelegateOffice } from "../../common/delegate.js";
import type { NotificationPage } from "../../common/notifications.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  adminWithCharter,
  associationWithRepresentatives,
  membershipState,
  newMember,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { connected, nextEvent, socketFor } from "../helpers/sockets.js";

describe("the primary delegate's office (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded, { ASSOCIATION_MAX_REPRESENTATIVES: "3" });
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function expectNoChange(action: () => Promise<{ body: { error?: { code: string } } }>, code: string) {
    const before = await membershipState(app.db);
    const answer = await action();
    expect(answer.body.error?.code).toBe(code);
    expect(await membershipState(app.db)).toEqual(before);
  }

  const delegateOf = async (associationId: string) =>
    (await app.db.associationDelegate.findUnique({ where: { associationId } }))?.userId ?? null;

  const notificationsOf = async (client: ApiClient) =>
    (await client.get<NotificationPage>("/api/notifications")).body.data!;

  /** Lets the objection delay of the association's pending request run out. */
  async function letDelayRunOut(associationId: string) {
    await app.db.delegateRequest.updateMany({
      where: { openFor: associationId },
      data: { effectiveAt: new Date(Date.now() - 1000) },
    });
  }

  it("refuses a co-representative who names themself, demotes or removes the sitting delegate", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad] = others as [(typeof others)[0]];
    await expectNoChange(
      () => souad.client.put(`${base}/delegate`, { userId: souad.user.id }),
      "DELEGATE_HANDOVER_REQUIRED",
    );
    await expectNoChange(
      () => souad.client.patch(`${base}/members/${delegate.user.id}`, { role: "member" }),
      "INVALID_STATE",
    );
    await expectNoChange(() => souad.client.delete(`${base}/members/${delegate.user.id}`), "INVALID_STATE");
    expect(await delegateOf(delegate.association.id)).toBe(delegate.user.id);
  });

  it("lets the sitting delegate hand the office over at once, and tells every other representative, live", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad, younes] = others as [(typeof others)[0], (typeof others)[0]];
    const socket = socketFor(app.url, younes.client);
    await connected(socket);
    const live = nextEvent(socket, "notification:new", (n) => n.kind === "delegate.changed");

    const handed = await delegate.client.put<AssociationMember[]>(`${base}/delegate`, { userId: souad.user.id });
    expect(handed.status).toBe(200);
    expect(handed.body.data!.find((m) => m.isPrimaryDelegate)?.userId).toBe(souad.user.id);
    expect(await delegateOf(delegate.association.id)).toBe(souad.user.id);

    const [notice] = await live;
    expect(notice).toMatchObject({ kind: "delegate.changed", data: { how: "handover", subjectName: "سعاد" } });
    socket.disconnect();
    for (const person of [souad, younes]) {
      const page = await notificationsOf(person.client);
      expect(page.items.filter((n) => n.kind === "delegate.changed")).toHaveLength(1);
      expect(page.unread).toBe(1);
    }
    // The one who acted is not told of their own act.
    expect((await notificationsOf(delegate.client)).items).toEqual([]);
    const audit = await app.db.auditEntry.findFirst({
      where: { associationId: delegate.association.id, action: "member.delegate_changed" },
      orderBy: { id: "desc" },
    });
    expect(audit?.data).toMatchObject({ from: delegate.user.id, to: souad.user.id, how: "handover" });
  });

  it("a request takes effect after the objection delay when no representative objects", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad, younes] = others as [(typeof others)[0], (typeof others)[0]];
    const requested = await souad.client.post<DelegateOffice>(`${base}/delegate/requests`, {
      reason: "المندوبة الحالية مسافرة لمدة طويلة",
    });
    expect(requested.status).toBe(201);
    const pending = requested.body.data!.pending!;
    expect(pending).toMatchObject({ status: "pending", candidate: { id: souad.user.id } });
    const hours = (Date.parse(pending.effectiveAt) - Date.parse(pending.createdAt)) / 3_600_000;
    expect(hours).toBe(requested.body.data!.objectionHours);
    expect(requested.body.data!.abilities).toMatchObject({ cancel: true, object: false, name: false });

    // Nothing changes before the delay has run; a second request waits for the first.
    expect(await delegateOf(delegate.association.id)).toBe(delegate.user.id);
    await expectNoChange(() => younes.client.post(`${base}/delegate/requests`, {}), "DELEGATE_REQUEST_PENDING");
    const seenByDelegate = (await delegate.client.get<DelegateOffice>(`${base}/delegate`)).body.data!;
    expect(seenByDelegate.abilities).toMatchObject({ object: true, cancel: false, name: true, request: false });
    for (const person of [delegate, younes]) {
      const items = (await notificationsOf(person.client)).items;
      expect(items.map((n) => n.kind)).toEqual(["delegate.request_opened"]);
      // What waits for them on the home page: the request they may object to, until it takes effect.
      const agenda = (await person.client.get<Agenda>("/api/me/agenda")).body.data!.items;
      expect(agenda.filter((item) => item.kind === "delegate_request")).toEqual([
        expect.objectContaining({ candidate: "سعاد", requestedBy: "سعاد", effectiveAt: pending.effectiveAt }),
      ]);
    }
    const ownAgenda = (await souad.client.get<Agenda>("/api/me/agenda")).body.data!.items;
    expect(ownAgenda.some((item) => item.kind === "delegate_request")).toBe(false);

    await letDelayRunOut(delegate.association.id);
    const after = (await delegate.client.get<Agenda>("/api/me/agenda")).body.data!.items;
    expect(after.some((item) => item.kind === "delegate_request")).toBe(false);
    const office = (await younes.client.get<DelegateOffice>(`${base}/delegate`)).body.data!;
    expect(office.delegate?.id).toBe(souad.user.id);
    expect(office.pending).toBeNull();
    expect(office.recent[0]).toMatchObject({ status: "applied", candidate: { id: souad.user.id } });
    const row = await app.db.delegateRequest.findFirstOrThrow({ where: { associationId: delegate.association.id } });
    const change = await app.db.delegateChange.findFirstOrThrow({
      where: { associationId: delegate.association.id },
      orderBy: { id: "desc" },
    });
    // Dated at the end of the delay, so the electorate is right for every instant.
    expect(change.effectiveFrom.toISOString()).toBe(row.effectiveAt.toISOString());
    expect((await notificationsOf(delegate.client)).items[0]).toMatchObject({
      kind: "delegate.changed",
      data: { how: "request" },
    });
  });

  it("the periodic settlement applies a due request nobody reads", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد"]);
    const [souad] = others as [(typeof others)[0]];
    await souad.client.post(`${base}/delegate/requests`, {});
    await letDelayRunOut(delegate.association.id);
    const { settleDueDelegateRequests } = await import("../../server/modules/associations/delegate-settle.js");
    expect(await settleDueDelegateRequests(app.db)).toBeGreaterThanOrEqual(1);
    expect(await delegateOf(delegate.association.id)).toBe(souad.user.id);
  });

  it("an objection from another representative stops the request; its author cannot object to it", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad, younes] = others as [(typeof others)[0], (typeof others)[0]];
    const requestId = (await souad.client.post<DelegateOffice>(`${base}/delegate/requests`, {})).body.data!.pending!.id;
    await expectNoChange(() => souad.client.post(`${base}/delegate/requests/${requestId}/objection`, {}), "FORBIDDEN");
    const objected = await younes.client.post<DelegateOffice>(`${base}/delegate/requests/${requestId}/objection`, {
      reason: "لم تتم استشارة المندوبة",
    });
    expect(objected.status).toBe(200);
    expect(objected.body.data!.pending).toBeNull();
    expect(objected.body.data!.recent[0]).toMatchObject({ status: "objected", decidedBy: { id: younes.user.id } });
    await letDelayRunOut(delegate.association.id);
    expect((await delegate.client.get<DelegateOffice>(`${base}/delegate`)).body.data!.delegate?.id).toBe(
      delegate.user.id,
    );
    expect((await notificationsOf(souad.client)).items.map((n) => n.kind)).toContain("delegate.request_objected");
    await expectNoChange(() => younes.client.post(`${base}/delegate/requests/${requestId}/objection`, {}), "NOT_FOUND");
  });

  it("only its author withdraws a request; a hand-over overtakes a pending one", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد", "يونس"]);
    const [souad, younes] = others as [(typeof others)[0], (typeof others)[0]];
    const first = (await souad.client.post<DelegateOffice>(`${base}/delegate/requests`, {})).body.data!.pending!;
    await expectNoChange(() => younes.client.delete(`${base}/delegate/requests/${first.id}`), "FORBIDDEN");
    expect((await souad.client.delete(`${base}/delegate/requests/${first.id}`)).status).toBe(200);

    const second = (await younes.client.post<DelegateOffice>(`${base}/delegate/requests`, {})).body.data!.pending!;
    await delegate.client.put(`${base}/delegate`, { userId: souad.user.id });
    const row = await app.db.delegateRequest.findUniqueOrThrow({ where: { id: second.id } });
    expect(row).toMatchObject({ status: "cancelled", openFor: null, decisionNote: "handover" });
    await letDelayRunOut(delegate.association.id);
    expect((await younes.client.get<DelegateOffice>(`${base}/delegate`)).body.data!.delegate?.id).toBe(souad.user.id);
  });

  it("an admin settles the office at once, with a reason; nobody else may", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد"]);
    const [souad] = others as [(typeof others)[0]];
    const adminPath = `/api/admin/associations/${delegate.association.id}/delegate`;
    await expectNoChange(() => souad.client.put(adminPath, { userId: souad.user.id, reason: "طلب" }), "FORBIDDEN");
    await expectNoChange(() => admin.put(adminPath, { userId: souad.user.id }), "VALIDATION_FAILED");
    const settled = await admin.put<AssociationMember[]>(adminPath, {
      userId: souad.user.id,
      reason: "تعذر الاتصال بالمندوب منذ ثلاثة أشهر",
    });
    expect(settled.status).toBe(200);
    expect(await delegateOf(delegate.association.id)).toBe(souad.user.id);
    const notices = (await notificationsOf(delegate.client)).items;
    expect(notices[0]).toMatchObject({ kind: "delegate.changed", data: { how: "admin" } });
    expect((await admin.get(`${base}/delegate`)).body.data).toMatchObject({ abilities: { settle: true } });
  });

  it("keeps each person's notifications their own and marks them read", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد"]);
    const [souad] = others as [(typeof others)[0]];
    await delegate.client.put(`${base}/delegate`, { userId: souad.user.id });
    const mine = await notificationsOf(souad.client);
    expect(mine.unread).toBe(1);
    const stranger = await newMember(app);
    const touched = await stranger.client.post<{ unread: number }>("/api/notifications/read", {
      ids: [mine.items[0]!.id],
    });
    expect(touched.body.data!.unread).toBe(0);
    expect((await notificationsOf(souad.client)).unread).toBe(1);
    const read = await souad.client.post<{ unread: number }>("/api/notifications/read", {});
    expect(read.body.data!.unread).toBe(0);
    expect((await notificationsOf(souad.client)).items[0]!.readAt).not.toBeNull();
    expect((await stranger.client.post("/api/notifications/read", { ids: ["x"] })).body).toMatchObject({
      error: { code: "VALIDATION_FAILED" },
    });
  });
});
