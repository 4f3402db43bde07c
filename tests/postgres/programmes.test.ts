import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ProgrammeDetail, ProgrammeProgress } from "../../common/programmes.js";
import { openPostgres } from "../../server/db/adapters.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { adminWithCharter, startAssociationsApp } from "../helpers/associations.js";
import { openTestPostgres, postgresAvailable } from "../helpers/db.js";
import { adoptedProgramme, type ProgrammeCast, programmeCast } from "../helpers/programmes.js";

/** This run's test database, with connections enough for updates to really run side by side. */
function openWidePostgres() {
  openTestPostgres().close(); // refuses anything but a test database
  return openPostgres(inject("postgresUrl"), { max: 12 });
}

describe.skipIf(!postgresAvailable())("a programme's follow-up under concurrency (PostgreSQL)", () => {
  let app: TestApp;
  let cast: ProgrammeCast;

  beforeAll(async () => {
    app = await startAssociationsApp(openWidePostgres);
    const admin = (await adminWithCharter(app)).client;
    cast = await programmeCast(app, admin);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it("keeps every update of two leads posting at once, the action showing the last committed", async () => {
    const programme = await adoptedProgramme(cast);
    const shared = programme.axes[0]!.actions[1]!; // led by both leadA and leadB
    const posts = Array.from({ length: 10 }, (_, i) => {
      const lead = i % 2 === 0 ? cast.leadA : cast.leadB;
      return lead.client.post<ProgrammeDetail>(`/api/programmes/actions/${shared.id}/updates`, {
        associationId: lead.association.id,
        status: "in_progress",
        progress: 10 + i,
        note: `تحيين رقم ${i + 1}`,
      });
    });
    const answers = await Promise.all(posts);
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const history = await app.db.programmeActionUpdate.findMany({
      where: { actionId: shared.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history).toHaveLength(10);
    const action = await app.db.programmeAction.findUniqueOrThrow({ where: { id: shared.id } });
    // The programme's lock queues the updates: the action holds the one committed last.
    expect(action.progress).toBe(history.at(-1)!.progress);
    expect(action.lastUpdateAt?.getTime()).toBe(history.at(-1)!.createdAt.getTime());

    const progress = (await new ApiClient(app.url).get<ProgrammeProgress>(`/api/programmes/${programme.id}/progress`))
      .body.data!;
    expect(progress.actions.find((a) => a.id === shared.id)!.history).toHaveLength(10);
  });
});
