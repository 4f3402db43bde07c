import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { ApplicationDetail } from "../../common/applications.js";
import type { AdminAssociationSummary, AssociationManageView, AssociationPageView } from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import {
  activeAssociation,
  adminWithCharter,
  apply,
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
});
