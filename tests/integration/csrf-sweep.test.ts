import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InvitationCreated } from "../../common/associations.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { activeAssociation, adminWithCharter, newMember, startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";
import { databaseFingerprint } from "../helpers/fingerprint.js";
import { type RouteEntry, stateChangingRoutes } from "../helpers/routes.js";

// Every state-changing route, read from the app's own router: refused without the session's CSRF
// token, and with another session's token, with nothing written. The requests come from accounts
// that would otherwise be allowed (the admin, the association's representative), with real ids.
describe("CSRF sweep over every state-changing route (embedded PGlite)", () => {
  let app: TestApp;
  let routes: RouteEntry[];
  const ids: Record<string, string> = {};
  const actors: { label: string; client: ApiClient }[] = [];

  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    const admin = await adminWithCharter(app);
    const rep = await activeAssociation(app, admin.client);
    const member = await newMember(app, { name: "عضو في القائمة" });
    const { link } = (
      await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
        email: member.email,
      })
    ).body.data!;
    await member.client.post(`/api/invitations/${link.split("/invitations/")[1]}/accept`);
    const pending = await rep.client.post<InvitationCreated>(`/api/associations/${rep.association.id}/invitations`, {
      email: `someone-${randomUUID().slice(0, 6)}@test.example`,
    });
    const field = await app.db.fieldOfAction.findFirstOrThrow();
    Object.assign(ids, {
      ref: rep.association.id,
      userId: member.user.id,
      applications: rep.application.id,
      fields: field.id,
      users: member.user.id,
      invitations: pending.body.data!.invitation.id,
      token: pending.body.data!.link.split("/invitations/")[1]!,
    });
    actors.push({ label: "the admin", client: admin.client }, { label: "the representative", client: rep.client });
    routes = stateChangingRoutes(app.app);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The path with each parameter replaced by a real id where the fixture has one. */
  function fill(path: string): string {
    return path.replace(/([^/]+)\/:(\w+)|:(\w+)/g, (_whole, segment: string | undefined, afterSegment, alone) => {
      const name = (afterSegment ?? alone) as string;
      const value = (name === "id" && segment ? ids[segment] : ids[name]) ?? randomUUID();
      return segment ? `${segment}/${value}` : value;
    });
  }

  it("finds the routes in the app itself (a new route is swept without being listed)", () => {
    const listed = routes.map((route) => `${route.method} ${route.path}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        "POST /api/auth/login",
        "POST /api/auth/register",
        "DELETE /api/associations/:ref/members/:userId",
        "POST /api/admin/associations/:ref/suspend",
        "PUT /api/admin/users/:id/role",
        "PATCH /api/associations/:ref",
      ]),
    );
    expect(new Set(routes.map((route) => route.method))).toEqual(new Set(["POST", "PUT", "PATCH", "DELETE"]));
  });

  it("refuses every state-changing route without a token, or with another session's, and writes nothing", async () => {
    const stranger = new ApiClient(app.url);
    await stranger.refreshCsrf();
    const before = await databaseFingerprint(app.db);
    const answers: string[] = [];
    for (const route of routes) {
      const path = fill(route.path);
      for (const { label, client } of actors) {
        for (const [how, headers] of [
          ["no token", {}],
          ["another session's token", { "x-csrf-token": stranger.csrfToken! }],
        ] as const) {
          const response = await client.raw(route.method, path, {
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify({ reason: "سبب", role: "admin", email: "x@test.example", password: "x" }),
          });
          const body = (await response.json()) as { error?: { code: string } };
          answers.push(`${route.method} ${route.path} by ${label} with ${how}: ${response.status} ${body.error?.code}`);
        }
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(": 403 CSRF_INVALID"))).toEqual([]);
    expect(answers.length).toBe(routes.length * actors.length * 2);
    expect(await databaseFingerprint(app.db)).toEqual(before);
  }, 180_000);
});
