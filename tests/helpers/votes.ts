import { createHmac, randomUUID } from "node:crypto";
import type { Role } from "../../common/api.js";
import type { VoteDetail, VoteDraftInput } from "../../common/votes.js";
import type { Db } from "../../server/db/client.js";
import type { Prisma } from "../../server/generated/prisma/client.js";
import { searchDocument } from "../../server/search/document.js";
import { ApiClient } from "./api-client.js";
import type { TestApp } from "./app.js";
import { newMember } from "./associations.js";

/** The secret startTestApp signs session cookies with. */
const TEST_SESSION_SECRET = "test-secret-test-secret-test-secret!";

/** express-session's signed cookie value for a session id (cookie-signature's format). */
function signedSid(sid: string): string {
  const mac = createHmac("sha256", TEST_SESSION_SECRET).update(sid).digest("base64").replace(/=+$/, "");
  return encodeURIComponent(`s:${sid}.${mac}`);
}

/**
 * `count` active member associations, each with its own person as representative and primary delegate
 * since a second ago, and that person's signed-in API client — made with direct inserts (a few
 * statements whatever the count) and sessions written as the store writes them, for tests and benches
 * that need hundreds of voters. Logs in one template person through the API to copy its session's shape.
 */
export async function manyDelegates(app: TestApp, count: number, options: { role?: Role } = {}) {
  const template = await newMember(app, { name: "قالب الجلسة" });
  const row = await app.db.session.findFirstOrThrow({ where: { userId: template.user.id } });
  const templateData = row.data as Record<string, unknown> & { passport: { user: string }; csrfToken?: string };
  const since = new Date(Date.now() - 1_000);
  const people = Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    const tag = id.slice(0, 8);
    return {
      user: { id, email: `delegate-${tag}-${i}@test.example`, name: `مندوب ${i + 1}` },
      association: { id: randomUUID(), slug: `vote-assoc-${tag}-${i}`, nameAr: `جمعية التصويت ${i + 1} ${tag}` },
      sid: randomUUID(),
    };
  });
  const db: Db = app.db;
  const batches = <T>(items: T[], size = 500) =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  for (const batch of batches(people)) {
    await db.user.createMany({
      data: batch.map(({ user }) => ({
        ...user,
        passwordHash: "not-a-password-hash",
        role: options.role ?? "member",
      })),
    });
    await db.association.createMany({
      data: batch.map(({ association }) => ({
        ...association,
        city: "الرباط",
        regionCode: "MA-04",
        nationalScope: true,
        voluntary: true,
        nonProfit: true,
        nonPolitical: true,
        status: "active" as const,
        memberSince: since,
        searchText: searchDocument(association.nameAr),
      })),
    });
    await db.associationMember.createMany({
      data: batch.map(({ user, association }) => ({
        associationId: association.id,
        userId: user.id,
        role: "representative" as const,
      })),
    });
    await db.associationDelegate.createMany({
      data: batch.map(({ user, association }) => ({ associationId: association.id, userId: user.id })),
    });
    await db.associationStatusChange.createMany({
      data: batch.map(({ association }) => ({
        associationId: association.id,
        status: "active" as const,
        effectiveFrom: since,
      })),
    });
    await db.delegateChange.createMany({
      data: batch.map(({ user, association }) => ({
        associationId: association.id,
        delegateId: user.id,
        effectiveFrom: since,
      })),
    });
    await db.session.createMany({
      data: batch.map(({ user, sid }) => ({
        sid,
        userId: user.id,
        expiresAt: row.expiresAt,
        data: { ...templateData, passport: { user: user.id } } as Prisma.InputJsonValue,
      })),
    });
  }
  return people.map(({ user, association, sid }) => {
    const client = new ApiClient(app.url);
    client.cookies.set("tashawur.sid", signedSid(sid));
    client.csrfToken = templateData.csrfToken;
    return { client, user, association };
  });
}

/** A moderator creates a vote (as `input` says, a for/against/abstain one by default) and, unless `draft`, opens it. */
export async function openedVote(
  moderator: ApiClient,
  input: Partial<VoteDraftInput> = {},
  options: { draft?: boolean } = {},
): Promise<VoteDetail> {
  const created = await moderator.post<VoteDetail>("/api/votes", {
    title: "هل يُعتمد التقرير السنوي؟",
    method: "for_against_abstain",
    ...input,
  });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  if (options.draft) return created.body.data!;
  const opened = await moderator.post<VoteDetail>(`/api/votes/${created.body.data!.id}/open`);
  if (opened.status !== 200) throw new Error(`open failed: ${JSON.stringify(opened.body)}`);
  return opened.body.data!;
}
