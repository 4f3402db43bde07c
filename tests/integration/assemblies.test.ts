import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../common/agenda.js";
import type { AssemblyDetail } from "../../common/assemblies.js";
import type { SessionCommand } from "../../common/sessions.js";
import type { VoteDetail } from "../../common/votes.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { assemblyInput, convenedAssembly, dayArrives } from "../helpers/assemblies.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { joinAs, until } from "../helpers/sessions.js";
import { countStatements, type StatementCounter } from "../helpers/statements.js";
import { manyDelegates } from "../helpers/votes.js";

type Delegate = Awaited<ReturnType<typeof manyDelegates>>[number];

// Five active member associations (each with its primary delegate): half of them, three, make the
// quorum of a first convocation; a quarter, two, that of a second one (the defaults).
describe("general assemblies: convocation, attendance, proxies and quorum (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;
  let moderator: ApiClient;
  let d: Delegate[];
  let counter: StatementCounter;

  beforeAll(async () => {
    counter = countStatements(await openTestEmbedded());
    app = await startAssociationsApp(() => counter.database);
    admin = (await adminWithCharter(app)).client;
    moderator = (await newMember(app, { role: "moderator", name: "مسيّرة الجمع" })).client;
    d = await manyDelegates(app, 5);
  });
  afterAll(async () => {
    await app?.close();
  });

  const path = (a: { id: string }, rest = "") => `/api/assemblies/${a.id}${rest}`;
  const checkIn = (client: ApiClient, a: { id: string }, who: Delegate) =>
    client.post<AssemblyDetail>(path(a, "/check-ins"), { associationId: who.association.id });
  const proxy = (a: { id: string }, giver: Delegate, holder: Delegate, by: ApiClient = giver.client) =>
    by.post<AssemblyDetail>(path(a, "/proxies"), { giverId: giver.association.id, holderId: holder.association.id });
  const read = async (a: { id: string }) => (await moderator.get<AssemblyDetail>(path(a))).body.data!;
  const state = () => databaseFingerprint(app.db);

  it("is drafted by a moderator, hidden from members until convened, and convened with notice to every representative", async () => {
    const draft = await convenedAssembly(moderator, {}, { draft: true });
    expect(draft.status).toBe("draft");
    expect(draft.items.map((item) => item.majority)).toEqual(["simple", "simple", "two_thirds_cast"]);
    expect((await d[0]!.client.get(path(draft))).body.error?.code).toBe("NOT_FOUND");
    expect((await d[0]!.client.post(path(draft, "/convene"), {})).body.error?.code).toBe("FORBIDDEN");
    expect((await d[0]!.client.post("/api/assemblies", assemblyInput())).body.error?.code).toBe("FORBIDDEN");

    // Too close to the date: refused, nothing sent, nothing changed.
    const edited = await moderator.patch<AssemblyDetail>(path(draft), assemblyInput({ title: "جمع قريب" }, 10));
    expect(edited.status).toBe(200);
    const before = await state();
    const late = await moderator.post(path(draft, "/convene"), {});
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: "CONVOCATION_TOO_LATE", details: { minDays: 15 } });
    expect(await state()).toEqual(before);

    await moderator.patch(path(draft), assemblyInput({ title: "الجمع العام السنوي" }, 20));
    const emails = await app.db.outboundEmail.count();
    const convened = await moderator.post<AssemblyDetail>(path(draft, "/convene"), {});
    expect(convened.status).toBe(200);
    const detail = convened.body.data!;
    expect(detail).toMatchObject({ status: "convened", round: 1 });
    expect(detail.convocations).toEqual([
      expect.objectContaining({ round: 1, recipients: 5, associations: 5, quorumShare: 0.5 }),
    ]);
    expect(await app.db.outboundEmail.count()).toBe(emails + 5);
    const mail = await app.db.outboundEmail.findFirstOrThrow({
      where: { to: d[0]!.user.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.text).toContain("تعديل النظام الأساسي");
    expect(
      await app.db.notification.count({
        where: { userId: { in: d.map((x) => x.user.id) }, kind: "assembly.convened" },
      }),
    ).toBeGreaterThanOrEqual(5);
    // It waits on each representative's home page until their association registers or gives its proxy.
    const waiting = async (who: Delegate) =>
      (await who.client.get<Agenda>("/api/me/agenda")).body.data!.items.filter(
        (item) => item.kind === "assembly_to_attend" && item.assembly.id === draft.id,
      );
    expect(await waiting(d[0]!)).toHaveLength(1);
    await d[0]!.client.post(path(draft, "/registrations"), { associationId: d[0]!.association.id });
    expect(await waiting(d[0]!)).toHaveLength(0);
    expect(await waiting(d[1]!)).toHaveLength(1);
    // Convened: the agenda is frozen; members now see it.
    expect((await moderator.patch(path(draft), assemblyInput())).body.error?.code).toBe("INVALID_STATE");
    expect((await d[0]!.client.get<AssemblyDetail>(path(draft))).body.data!.mine[0]).toMatchObject({
      registered: true,
      abilities: { register: false, checkIn: false, giveProxy: true },
    });
  });

  it("counts the associations present against half of the members, and opens only with its quorum", async () => {
    const a = await convenedAssembly(moderator);
    expect((await d[0]!.client.post(path(a, "/registrations"), { associationId: d[0]!.association.id })).status).toBe(
      201,
    );
    expect((await checkIn(d[0]!.client, a, d[0]!)).body.error?.code).toBe("INVALID_STATE"); // not the day yet
    await dayArrives(app.db, a.id);
    expect((await checkIn(d[0]!.client, a, d[1]!)).body.error?.code).toBe("FORBIDDEN"); // not its representative
    await checkIn(d[0]!.client, a, d[0]!);
    await checkIn(moderator, a, d[1]!); // at the desk
    expect((await read(a)).quorum).toEqual({
      electorate: 5,
      present: 2,
      represented: 0,
      required: 3,
      share: 0.5,
      met: false,
    });
    const refused = await moderator.post(path(a, "/start"));
    expect(refused.body.error).toMatchObject({ code: "QUORUM_NOT_MET", details: { present: 2, required: 3 } });
    expect((await read(a)).status).toBe("convened");
    await checkIn(d[2]!.client, a, d[2]!);
    const started = await moderator.post<AssemblyDetail>(path(a, "/start"));
    expect(started.body.data).toMatchObject({ status: "in_session", quorum: { present: 3, met: true } });
    const session = await app.db.liveSession.findUniqueOrThrow({ where: { id: started.body.data!.liveSessionId! } });
    expect(session).toMatchObject({ scopeKind: "assembly", scopeId: a.id });
    expect((session.state as { agenda: { id: string }[] }).agenda.map((item) => item.id)).toEqual(
      a.items.map((i) => i.id),
    );
  });

  it("counts an association represented by proxy, whose holder is present", async () => {
    const a = await convenedAssembly(moderator);
    expect((await proxy(a, d[3]!, d[0]!)).status).toBe(201);
    await dayArrives(app.db, a.id);
    await checkIn(d[0]!.client, a, d[0]!);
    await checkIn(d[1]!.client, a, d[1]!);
    expect((await read(a)).quorum).toMatchObject({ present: 2, represented: 1, required: 3, met: true });
    // The giver is represented: it does not also check in.
    expect((await checkIn(d[3]!.client, a, d[3]!)).body.error).toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "proxy_given" },
    });
    // Revoked before the opening, it no longer counts.
    const given = (await read(a)).proxies[0]!;
    expect((await d[3]!.client.post(path(a, `/proxies/${given.id}/revoke`))).status).toBe(200);
    expect((await read(a)).quorum).toMatchObject({ present: 2, represented: 0, met: false });
    const audit = await app.db.auditEntry.findMany({
      where: { targetId: a.id, action: { startsWith: "assembly.proxy" } },
    });
    expect(audit.map((row) => row.action).sort()).toEqual(["assembly.proxy_given", "assembly.proxy_revoked"]);
  });

  it("holds a second convocation, with its lower quorum, when the first day comes without quorum", async () => {
    const a = await convenedAssembly(moderator);
    expect((await moderator.post(path(a, "/convene"), {})).body.error?.code).toBe("INVALID_STATE"); // not the day yet
    await dayArrives(app.db, a.id);
    await checkIn(d[0]!.client, a, d[0]!);
    expect((await moderator.post(path(a, "/start"))).body.error?.code).toBe("QUORUM_NOT_MET");
    const noDate = await moderator.post(path(a, "/convene"), {});
    expect(noDate.body.error?.details?.fields).toEqual([{ path: "scheduledAt", reason: "required" }]);
    const tooSoon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await moderator.post(path(a, "/convene"), { scheduledAt: tooSoon })).body.error?.code).toBe(
      "CONVOCATION_TOO_LATE",
    );
    const later = new Date(Date.now() + 16 * 86_400_000).toISOString();
    const second = await moderator.post<AssemblyDetail>(path(a, "/convene"), { scheduledAt: later });
    expect(second.body.data).toMatchObject({ status: "convened", round: 2, quorumShare: 0.25 });
    expect(second.body.data!.convocations.map((c) => [c.round, c.quorumShare])).toEqual([
      [1, 0.5],
      [2, 0.25],
    ]);
    // A new sitting: the first day's check-ins no longer count.
    expect(second.body.data!.quorum).toMatchObject({ present: 0, required: 2 });
    await dayArrives(app.db, a.id);
    await checkIn(d[0]!.client, a, d[0]!);
    await checkIn(d[1]!.client, a, d[1]!);
    expect((await moderator.post<AssemblyDetail>(path(a, "/start"))).body.data?.status).toBe("in_session");
    // No third convocation.
    expect((await moderator.post(path(a, "/convene"), { scheduledAt: later })).body.error?.code).toBe("INVALID_STATE");
  });

  it("refuses the proxies the rules forbid, with the reason, and changes nothing", async () => {
    const a = await convenedAssembly(moderator);
    expect((await proxy(a, d[0]!, d[1]!)).status).toBe(201);
    const refusals: [
      string,
      () => Promise<{ body: { error?: { code: string; details?: Record<string, unknown> } } }>,
      string,
    ][] = [
      ["to itself", () => proxy(a, d[2]!, d[2]!), "self"],
      ["a second proxy to one holder (at most one)", () => proxy(a, d[2]!, d[1]!), "holder_limit"],
      ["a second proxy from one giver", () => proxy(a, d[0]!, d[2]!), "already_given"],
      ["from a holder (no chains)", () => proxy(a, d[1]!, d[2]!), "giver_holds_proxy"],
      ["to a giver (no chains)", () => proxy(a, d[2]!, d[0]!), "holder_gave_proxy"],
    ];
    for (const [what, attempt, reason] of refusals) {
      const before = await state();
      const answer = await attempt();
      expect(answer.body.error, what).toMatchObject({ code: "PROXY_REFUSED", details: { reason } });
      expect(await state(), what).toEqual(before);
    }
    // Not the giver's representative.
    const before = await state();
    expect((await proxy(a, d[2]!, d[3]!, d[3]!.client)).body.error?.code).toBe("FORBIDDEN");
    expect(await state()).toEqual(before);

    // From an association already checked in.
    await dayArrives(app.db, a.id);
    await checkIn(d[2]!.client, a, d[2]!);
    const checked = await state();
    expect((await proxy(a, d[2]!, d[3]!)).body.error?.details?.reason).toBe("giver_checked_in");
    expect(await state()).toEqual(checked);

    // Once open, proxies are fixed.
    await checkIn(d[1]!.client, a, d[1]!);
    await checkIn(d[3]!.client, a, d[3]!);
    await moderator.post(path(a, "/start"));
    const open = await read(a);
    expect(open.quorum).toMatchObject({ present: 3, represented: 1 });
    expect((await proxy(a, d[4]!, d[3]!)).body.error?.code).toBe("INVALID_STATE");
    expect((await d[0]!.client.post(path(a, `/proxies/${open.proxies[0]!.id}/revoke`))).body.error?.code).toBe(
      "INVALID_STATE",
    );
  });

  it("runs its votes in its live session: delegates present and a proxy's holder cast them, with the item's majority", async () => {
    const a = await convenedAssembly(moderator);
    // d[3] gives its vote to d[0]; d[0], d[1], d[2] come; d[4] does not.
    await proxy(a, d[3]!, d[0]!);
    await dayArrives(app.db, a.id);
    for (const who of d.slice(0, 3)) await checkIn(who.client, a, who);
    const sessionId = (await moderator.post<AssemblyDetail>(path(a, "/start"))).body.data!.liveSessionId!;
    const moderatorUser = await app.db.user.findFirstOrThrow({ where: { name: "مسيّرة الجمع" } });
    const chair = await joinAs(app, { client: moderator, user: moderatorUser }, sessionId);
    const people = await Promise.all(d.slice(0, 3).map((who) => joinAs(app, who, sessionId)));
    const act = async (command: SessionCommand) => {
      const answer = await chair.act(command);
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    };
    try {
      await act({ action: "start" });
      // The statutes item: two thirds of the votes cast.
      await act({ action: "item", itemId: a.items[2]!.id });
      await act({
        action: "poll_open",
        question: "تعديل النظام الأساسي",
        options: ["موافق", "غير موافق"],
        kind: "formal",
        results: "at_close",
      });
      await until(() => people.every((p) => p.feed.state?.polls.at(-1)?.voteId), "the formal vote");
      const poll = chair.feed.state!.polls.at(-1)!;
      const vote = (await d[0]!.client.get<VoteDetail>(`/api/votes/${poll.voteId}`)).body.data!;
      expect(vote.electorateSize).toBe(4);
      expect(vote.majority).toBe("two_thirds_cast");
      expect(vote.held.map((row) => row.associationId).sort()).toEqual(
        [d[0]!.association.id, d[3]!.association.id].sort(),
      );
      const [yes, no] = poll.options;
      const ballot = (who: Delegate, optionId: string, associationId: string) =>
        who.client.post(`/api/votes/${poll.voteId}/ballot`, { choice: { method: "single", optionId }, associationId });
      // Cast at once from several clients: the holder twice (its own vote and the one it holds).
      const cast = await Promise.all([
        ballot(d[0]!, yes!.id, d[0]!.association.id),
        ballot(d[0]!, yes!.id, d[3]!.association.id),
        ballot(d[1]!, yes!.id, d[1]!.association.id),
        ballot(d[2]!, no!.id, d[2]!.association.id),
      ]);
      expect(cast.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
      // Neither an absent association nor the one represented casts anything itself.
      for (const outsider of [d[4]!, d[3]!]) {
        const refused = await outsider.client.post(`/api/votes/${poll.voteId}/ballot`, {
          choice: { method: "single", optionId: yes!.id },
        });
        expect(refused.body.error?.code).toBe("NOT_IN_ELECTORATE");
      }
      await act({ action: "poll_close", pollId: poll.id });
      await until(() => people.every((p) => p.feed.state?.polls.at(-1)?.status === "closed"), "the closed vote");
      // Three of four: two thirds reached.
      expect(chair.feed.state!.polls.at(-1)!.counts).toEqual({ [yes!.id]: 3, [no!.id]: 1 });
      const closed = (await moderator.get<VoteDetail>(`/api/votes/${poll.voteId}`)).body.data!;
      expect(closed.result).toMatchObject({
        outcome: "elected",
        winners: [yes!.id],
        majority: { rule: "two_thirds_cast", reached: true, count: 3, base: 4, needed: 3 },
      });
    } finally {
      for (const person of [chair, ...people]) person.close();
    }
  });

  it("reads an assembly in the same number of statements however many attend", async () => {
    const statementsOf = async (a: { id: string }) => {
      counter.reset();
      expect((await d[0]!.client.get(path(a))).status).toBe(200);
      return counter.count();
    };
    const empty = await convenedAssembly(moderator);
    const full = await convenedAssembly(moderator);
    await proxy(full, d[4]!, d[3]!);
    await dayArrives(app.db, full.id);
    for (const who of d.slice(0, 4)) await checkIn(who.client, full, who);
    const few = await statementsOf(empty);
    expect(await statementsOf(full)).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });

  it("refuses a proxy to a suspended association, and changes nothing", async () => {
    const a = await convenedAssembly(moderator);
    const suspended = await admin.post(`/api/admin/associations/${d[4]!.association.id}/suspend`, {
      reason: "توقيف مؤقت",
    });
    expect(suspended.status).toBe(200);
    const before = await state();
    expect((await proxy(a, d[0]!, d[4]!)).body.error).toMatchObject({
      code: "PROXY_REFUSED",
      details: { reason: "holder_not_active" },
    });
    expect(await state()).toEqual(before);
    // Nor does it give one, or count in the quorum any more.
    expect((await proxy(a, d[4]!, d[0]!)).body.error?.details?.reason).toBe("giver_not_active");
    expect((await read(a)).quorum.electorate).toBe(4);
  });
});
