import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgrammePage, ProgrammeProgress } from "../../common/programmes.js";
import { seedDemo } from "../../server/demo/seed.js";
import { createLogger } from "../../server/logger.js";
import { ApiClient } from "../helpers/api-client.js";
import type { TestApp } from "../helpers/app.js";
import { startAssociationsApp } from "../helpers/associations.js";
import { openTestEmbedded } from "../helpers/db.js";

describe("the demo's work programme", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAssociationsApp(openTestEmbedded);
    expect(await seedDemo(app.db, createLogger({ logLevel: "silent" }))).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows a newcomer an adopted programme partly under way, recorded in the register", async () => {
    const visitor = new ApiClient(app.url);
    const list = (await visitor.get<ProgrammePage>("/api/programmes")).body.data!;
    expect(list.items).toHaveLength(1);
    const programme = list.items[0]!;
    expect(programme).toMatchObject({ status: "adopted", axisCount: 3, actionCount: 8 });
    const record = await app.db.decisionRecord.findUniqueOrThrow({ where: { number: programme.decisionNumber! } });
    expect(record.outcome).toBe("adopted");

    const progress = (await visitor.get<ProgrammeProgress>(`/api/programmes/${programme.id}/progress`)).body.data!;
    expect(progress.byStatus).toEqual({ not_started: 1, in_progress: 3, done: 3, dropped: 1 });
    // The communication guide and the documents' platform ended last months, unfinished.
    expect(progress.actions.filter((action) => action.overdue).map((action) => action.title)).toEqual([
      "دليل التواصل الحديث للجمعيات",
      "منصة الوثائق المشتركة",
    ]);
    // The months fill in: the first updates are a year old, the average grows since.
    const figures = progress.overTime.map((point) => point.progress);
    expect(figures.length).toBeGreaterThanOrEqual(12);
    expect(figures.at(-1)).toBeGreaterThan(figures[2]!);
    const history = progress.actions[0]!.history;
    expect(history.map((update) => update.progress)).toEqual([25, 60, 100]);
    expect(new Date(history[0]!.createdAt).getTime()).toBeLessThan(Date.now() - 300 * 24 * 3600 * 1000);
    // The amendment voted before the axes changed the introduction.
    const detail = await app.db.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect(detail.introductionMd).toContain("باستقلالية (المادة 7)");
  });
});
