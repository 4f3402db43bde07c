import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ApplicationDetail } from "../../common/applications.js";
import type {
  AdminAssociationSummary,
  AssociationManageView,
  AssociationMember,
  AssociationPageView,
  Invitation,
  InvitationCreated,
  JoinRequest,
  MyAssociation,
} from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
  associationWithRepresentatives,
  newMember,
  startAssociationsApp,
} from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

// Each answer about an association or an application says what its reader may do with it, from the
// policy: the client shows actions from these and never recomputes a rule.
describe("abilities in answers (embedded PGlite)", () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    admin = (await adminWithCharter(app)).client;
  });
  afterAll(() => app?.close());

  it("tells a representative, a member, an admin and a visitor what each may do", async () => {
    const { client: rep, association } = await activeAssociation(app, admin);
    const manage = await rep.get<AssociationManageView>(`/api/associations/${association.slug}/manage`);
    expect(manage.body.data!.abilities).toEqual({
      edit: true,
      editEligibility: false,
      manageMembers: true,
      invite: true,
      decideJoinRequests: true,
      withdraw: true,
      suspend: false,
      reinstate: false,
    });

    const asAdmin = await admin.get<AssociationManageView>(`/api/associations/${association.slug}/manage`);
    expect(asAdmin.body.data!.abilities).toMatchObject({ edit: false, manageMembers: false, suspend: true });

    const visitor = await new ApiClient(app.url).get<AssociationPageView>(`/api/associations/${association.slug}`);
    expect(visitor.body.data!.abilities).toEqual({ requestJoin: true, manage: false });
    const stranger = await newMember(app);
    const seen = await stranger.client.get<AssociationPageView>(`/api/associations/${association.slug}`);
    expect(seen.body.data!.abilities).toEqual({ requestJoin: true, manage: false });
    const own = await rep.get<AssociationPageView>(`/api/associations/${association.slug}`);
    expect(own.body.data!.abilities).toEqual({ requestJoin: false, manage: true });

    const listed = await admin.get<Paginated<AdminAssociationSummary>>(
      `/api/admin/associations?q=${encodeURIComponent(association.nameAr)}`,
    );
    const line = listed.body.data!.items.find((item) => item.id === association.id);
    expect(line?.abilities).toEqual({ suspend: true, reinstate: false });

    const suspended = await admin.post<AssociationManageView>(`/api/admin/associations/${association.slug}/suspend`, {
      reason: "تجربة",
    });
    expect(suspended.body.data!.abilities).toMatchObject({ suspend: false, reinstate: true });
    const afterwards = await rep.get<AssociationManageView>(`/api/associations/${association.slug}/manage`);
    expect(Object.values(afterwards.body.data!.abilities)).not.toContain(true);
  });

  it("follows an application's steps", async () => {
    const applicant = await newMember(app);
    const applied = await apply(applicant.client);
    expect(applied.body.data!.abilities).toEqual({
      respond: false,
      addDocument: true,
      decide: false,
      requestInfo: false,
    });
    const id = applied.body.data!.id;
    const reviewed = await admin.get<ApplicationDetail>(`/api/admin/applications/${id}`);
    expect(reviewed.body.data!.abilities).toEqual({
      respond: false,
      addDocument: false,
      decide: true,
      requestInfo: true,
    });

    const asked = await admin.post<ApplicationDetail>(`/api/admin/applications/${id}/request-info`, { note: "؟" });
    expect(asked.body.data!.abilities).toMatchObject({ decide: true, requestInfo: false });
    const seen = await applicant.client.get<ApplicationDetail>(`/api/applications/${id}`);
    expect(seen.body.data!.abilities).toMatchObject({ respond: true, addDocument: true });
    expect(seen.body.data!.profile.abilities).toMatchObject({ edit: true, editEligibility: true, withdraw: false });
  });
  it("tells each reader of the list what they may do to each person on it", async () => {
    const { delegate, others, base } = await associationWithRepresentatives(app, admin, ["سعاد البقالي"]);
    const souad = others[0]!;
    const plain = await newMember(app, { name: "عضو عادي" });
    const invited = await delegate.client.post<InvitationCreated>(`${base}/invitations`, { email: plain.email });
    expect(invited.body.data!.invitation.abilities).toEqual({ revoke: true });
    await plain.client.post(`/api/invitations/${invited.body.data!.link.split("/invitations/")[1]}/accept`);
    const byPerson = (lines: AssociationMember[]) =>
      Object.fromEntries(lines.map((line) => [line.userId, line.abilities]));
    const none = { makeRepresentative: false, makeMember: false, remove: false };

    // The sitting delegate: neither demoted nor removed, by anyone, nor leaving.
    const asDelegate = await delegate.client.get<AssociationMember[]>(`${base}/members`);
    expect(byPerson(asDelegate.body.data!)).toEqual({
      [delegate.user.id]: none,
      [souad.user.id]: { makeRepresentative: false, makeMember: true, remove: true },
      [plain.user.id]: { makeRepresentative: true, makeMember: false, remove: true },
    });
    // Another representative changes the others' roles, may step down and leave.
    const asRepresentative = await souad.client.get<AssociationMember[]>(`${base}/members`);
    expect(byPerson(asRepresentative.body.data!)).toEqual({
      [delegate.user.id]: none,
      [souad.user.id]: { makeRepresentative: false, makeMember: true, remove: true },
      [plain.user.id]: { makeRepresentative: true, makeMember: false, remove: true },
    });
    // A plain member does not read the list; among their associations they have nothing to manage.
    expect((await plain.client.get(`${base}/members`)).body.error?.code).toBe("FORBIDDEN");
    const mine = await plain.client.get<MyAssociation[]>("/api/me/associations");
    expect(mine.body.data!.find((entry) => entry.association.id === delegate.association.id)?.abilities).toEqual({
      manage: false,
    });
    const delegates = await delegate.client.get<MyAssociation[]>("/api/me/associations");
    expect(delegates.body.data![0]!.abilities).toEqual({ manage: true });
    // The forum's admins only read.
    const asAdmin = await admin.get<AssociationMember[]>(`${base}/members`);
    expect(Object.values(byPerson(asAdmin.body.data!))).toEqual([none, none, none]);

    // A change answers with the list as it now stands: with one representative left, nobody else goes.
    const demoted = await delegate.client.patch<AssociationMember[]>(`${base}/members/${souad.user.id}`, {
      role: "member",
    });
    expect(byPerson(demoted.body.data!)[souad.user.id]).toEqual({
      makeRepresentative: true,
      makeMember: false,
      remove: true,
    });
    expect(byPerson(demoted.body.data!)[delegate.user.id]).toEqual(none);

    const invitations = await delegate.client.get<Invitation[]>(`${base}/invitations`);
    expect(invitations.body.data!.map((line) => [line.status, line.abilities])).toEqual([
      ["accepted", { revoke: false }],
      ["accepted", { revoke: false }],
    ]);
    const asker = await newMember(app);
    const asked = await asker.client.post<JoinRequest>(`${base}/join-requests`, {});
    expect(asked.body.data!.abilities).toEqual({ decide: false });
    const requests = await delegate.client.get<JoinRequest[]>(`${base}/join-requests`);
    expect(requests.body.data!.map((line) => line.abilities)).toEqual([{ decide: true }]);
    const rejected = await delegate.client.post<JoinRequest>(`${base}/join-requests/${asked.body.data!.id}/reject`);
    expect(rejected.body.data!.abilities).toEqual({ decide: false });
  });
});
