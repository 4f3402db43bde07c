import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { AuditEntry } from "../../common/audit.js";
import type { SessionDetail, SessionSummary } from "../../common/sessions.js";
import type { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { discussedProposal, type ProposalCast, proposalCast } from "../helpers/proposals.js";
import { createLiveSession, joinAs, type Participant, until } from "../helpers/sessions.js";

describe("a session's agenda edited live, and its proposal put to the proposal's own vote", () => {
  let app: TestApp;
  let admin: ApiClient;
  let cast: ProposalCast;
  let proposalId: string;
  let session: SessionDetail;
  let moderator: Participant;
  let delegates: Participant[];

  const ok = async (who: Participant, command: Parameters<Participant["act"]>[0]) => {
    const answer = await who.act(command);
    if (!answer.ok) throw new Error(`${command.action} refused: ${JSON.stringify(answer.error)}`);
    return answer.data.seq;
  };
  const allAgree = () => delegates.every((p) => JSON.stringify(p.feed.state) === JSON.stringify(moderator.feed.state));
  const codeOf = (answer: Awaited<ReturnType<Participant["act"]>>) =>
    answer.ok ? "ok" : [answer.error.code, answer.error.details?.reason ?? null];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
    cast = await proposalCast(app, admin, 2);
    proposalId = (await discussedProposal(cast)).id;
    session = await createLiveSession(cast.moderator.client);
    moderator = await joinAs(app, cast.moderator, session.id);
    delegates = await Promise.all([cast.author, ...cast.sponsors].map((rep) => joinAs(app, rep, session.id)));
  });
  afterAll(async () => {
    for (const p of [moderator, ...(delegates ?? [])]) p?.close();
    await app?.close();
  });

  it("adds, reorders, renames and links a proposal to the agenda; everyone sees it live; the change is audited", async () => {
    const [first, second] = moderator.feed.state!.agenda;
    await ok(moderator, {
      action: "agenda",
      items: [
        { id: second!.id, title: "الميزانية السنوية", budgetMinutes: 25 },
        { id: first!.id, title: first!.title, budgetMinutes: first!.budgetMinutes },
        { title: "مقترح المشاركة", budgetMinutes: 40, proposalId },
      ],
    });
    await until(allAgree, "the new agenda");
    const agenda = delegates[0]!.feed.state!.agenda;
    expect(agenda.map((item) => [item.title, item.budgetMinutes, item.proposalId])).toEqual([
      ["الميزانية السنوية", 25, null],
      [first!.title, first!.budgetMinutes, null],
      ["مقترح المشاركة", 40, proposalId],
    ]);
    expect(agenda[0]!.id).toBe(second!.id);
    const audit = await admin.get<Paginated<AuditEntry>>(
      `/api/admin/audit?action=session.agenda_changed&targetId=${session.id}`,
    );
    expect(audit.body.data!.items[0]).toMatchObject({
      subject: { kind: "session", id: session.id, name: session.title },
      data: { after: ["الميزانية السنوية", first!.title, "مقترح المشاركة"] },
    });
  });

  it("refuses a participant's agenda, an unknown proposal, removing an item taken, changing nothing", async () => {
    await ok(moderator, { action: "start" });
    await until(allAgree, "the start");
    const agenda = moderator.feed.state!.agenda;
    const before = await databaseFingerprint(app.db);
    const keep = agenda.map(({ id, title, budgetMinutes, proposalId }) => ({ id, title, budgetMinutes, proposalId }));
    expect(codeOf(await delegates[0]!.act({ action: "agenda", items: keep }))).toEqual(["FORBIDDEN", null]);
    expect(
      codeOf(
        await moderator.act({
          action: "agenda",
          items: [...keep, { title: "بند", budgetMinutes: 5, proposalId: crypto.randomUUID() }],
        }),
      ),
    ).toEqual(["VALIDATION_FAILED", null]);
    // The first item is under way: it cannot leave the agenda.
    expect(codeOf(await moderator.act({ action: "agenda", items: keep.slice(1) }))).toEqual([
      "INVALID_STATE",
      "item_taken",
    ]);
    expect(
      codeOf(await moderator.act({ action: "agenda", items: [{ ...keep[0]!, id: crypto.randomUUID() }] })),
    ).toEqual(["INVALID_STATE", "unknown_item"]);
    expect(await databaseFingerprint(app.db)).toEqual(before);
    // An item not yet taken may go.
    await ok(moderator, { action: "agenda", items: [keep[0]!, keep[2]!] });
    await until(allAgree, "the shorter agenda");
    expect(delegates[1]!.feed.state!.agenda.map((item) => item.id)).toEqual([keep[0]!.id, keep[2]!.id]);
  });

  it("puts the item's proposal to its own vote: the delegates' ballots decide the proposal and go to the register", async () => {
    const item = moderator.feed.state!.agenda.find((entry) => entry.proposalId === proposalId)!;
    await ok(moderator, { action: "item", itemId: item.id });
    for (const delegate of delegates) await ok(delegate, { action: "check_in" });
    await until(allAgree, "the attendance");
    expect(moderator.feed.state!.quorum.met).toBe(true);
    // No question to write: the vote is the proposal's.
    await ok(moderator, { action: "poll_open", kind: "formal", results: "live" });
    await until(allAgree, "the proposal's vote");
    const poll = moderator.feed.state!.polls.at(-1)!;
    expect(poll).toMatchObject({ kind: "formal", proposalId, question: "مقترح لتعزيز المشاركة" });
    expect(poll.options.map((option) => option.id)).toEqual(["for", "against", "abstain"]);
    const vote = await app.db.vote.findUniqueOrThrow({ where: { id: poll.voteId! } });
    expect(vote).toMatchObject({ method: "for_against_abstain", subjectKind: "proposal", subjectId: proposalId });
    const proposal = await cast.moderator.client.get<{ state: string; voteId: string | null }>(
      `/api/proposals/${proposalId}`,
    );
    expect(proposal.body.data).toMatchObject({ state: "in_vote", voteId: poll.voteId });

    const choices = ["for", "for", "against"] as const;
    for (const [i, rep] of [cast.author, ...cast.sponsors].entries()) {
      const ballot = await rep.client.post(`/api/votes/${poll.voteId}/ballot`, {
        choice: { method: "for_against_abstain", choice: choices[i] },
      });
      expect(ballot.status, JSON.stringify(ballot.body)).toBe(201);
    }
    const decisions = await app.db.decisionRecord.count({ where: { proposalId } });
    await ok(moderator, { action: "poll_close", pollId: poll.id });
    await until(allAgree, "the close");
    const closed = moderator.feed.state!.polls.find((entry) => entry.id === poll.id)!;
    expect(closed).toMatchObject({ status: "closed", cast: 3, counts: { for: 2, against: 1, abstain: 0 } });
    const after = await cast.moderator.client.get<{ state: string }>(`/api/proposals/${proposalId}`);
    expect(after.body.data!.state).toBe("adopted");
    expect(await app.db.decisionRecord.count({ where: { proposalId } })).toBe(decisions + 1);
  });

  it("refuses a free formal question without a question or options", async () => {
    const agenda = moderator.feed.state!.agenda;
    await ok(moderator, { action: "item", itemId: agenda.find((item) => !item.proposalId)!.id });
    const before = await databaseFingerprint(app.db);
    expect(codeOf(await moderator.act({ action: "poll_open", kind: "formal", results: "live" }))).toEqual([
      "VALIDATION_FAILED",
      null,
    ]);
    expect(
      codeOf(await moderator.act({ action: "poll_open", kind: "straw", results: "live", question: "سؤال" })),
    ).toEqual(["VALIDATION_FAILED", null]);
    expect(await databaseFingerprint(app.db)).toEqual(before);
  });

  it("refuses a flood of messages from one socket: the excess is RATE_LIMITED, and only what was acknowledged happened", async () => {
    const flooder = await joinAs(app, cast.sponsors[1]!, session.id);
    try {
      const before = await app.db.liveSessionEvent.count({ where: { sessionId: session.id } });
      // 45 at once: more than a socket's burst (20), fewer refusals than make it a persistent abuser (30).
      const answers = await Promise.all(
        Array.from({ length: 45 }, (_, i) => flooder.act({ action: "chat", text: `رسالة ${i}` })),
      );
      const codes = answers.map((answer) => (answer.ok ? "ok" : answer.error.code));
      expect(new Set(codes)).toEqual(new Set(["ok", "RATE_LIMITED"]));
      const accepted = codes.filter((code) => code === "ok").length;
      expect(accepted).toBeLessThan(45);
      // Each acknowledged message is one event, and nothing else happened.
      expect(await app.db.liveSessionEvent.count({ where: { sessionId: session.id } })).toBe(before + accepted);
      // Every client ends with the accepted messages, and only those (the events may still be on their way).
      const mine = () =>
        moderator.feed.state!.chat.filter((message) => message.userId === cast.sponsors[1]!.user.id).length;
      await until(() => mine() >= accepted && allAgree(), "the accepted messages");
      expect(mine()).toBe(accepted);
    } finally {
      flooder.close();
    }
  });

  it("lets a moderator edit the session's details before the end, audited; refuses others and after the end", async () => {
    const participant = await newMember(app, { name: "مشاركة" });
    const refused = await participant.client.patch(`/api/sessions/${session.id}`, { title: "عنوان آخر" });
    expect(refused.status).toBe(403);
    const changed = await cast.moderator.client.patch<SessionDetail>(`/api/sessions/${session.id}`, {
      title: "جلسة التداول المعدلة",
      visibility: "public",
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ title: "جلسة التداول المعدلة", visibility: "public" });
    const audit = await admin.get<Paginated<AuditEntry>>(
      `/api/admin/audit?action=session.updated&targetId=${session.id}`,
    );
    expect(audit.body.data!.items[0]!.data).toMatchObject({
      before: { title: session.title, visibility: "members" },
      after: { title: "جلسة التداول المعدلة", visibility: "public" },
    });
    const malformed = await cast.moderator.client.patch(`/api/sessions/${session.id}`, { title: "\u0000", extra: 1 });
    expect(malformed.status).toBe(400);
    await ok(moderator, { action: "end" });
    const late = await cast.moderator.client.patch(`/api/sessions/${session.id}`, { title: "بعد النهاية" });
    expect([late.status, late.body.error?.code]).toEqual([409, "INVALID_STATE"]);
  });

  it("lists the sessions a page at a time", async () => {
    await createLiveSession(cast.moderator.client, { title: "جلسة ثانية" });
    await createLiveSession(cast.moderator.client, { title: "جلسة ثالثة" });
    const first = await admin.get<Paginated<SessionSummary>>("/api/sessions?status=upcoming&pageSize=1");
    expect(first.body.data).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(first.body.data!.items).toHaveLength(1);
    const second = await admin.get<Paginated<SessionSummary>>("/api/sessions?status=upcoming&pageSize=1&page=2");
    expect(second.body.data!.items[0]!.id).not.toBe(first.body.data!.items[0]!.id);
    expect((await admin.get("/api/sessions?pageSize=0")).status).toBe(400);
  });
});
