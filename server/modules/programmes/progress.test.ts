import { describe, expect, it } from "vitest";
import { averageProgress, forumDay, isOverdue, monthsBetween, progressOverTime } from "./progress.js";

describe("a programme's follow-up, computed", () => {
  it("flags an action overdue once its end day has passed, unless done or dropped", () => {
    expect(isOverdue({ endDate: "2026-03-31", status: "in_progress" }, "2026-04-01")).toBe(true);
    expect(isOverdue({ endDate: "2026-03-31", status: "not_started" }, "2026-04-01")).toBe(true);
    // Its last day is not overdue yet.
    expect(isOverdue({ endDate: "2026-03-31", status: "in_progress" }, "2026-03-31")).toBe(false);
    expect(isOverdue({ endDate: "2026-03-31", status: "done" }, "2026-04-01")).toBe(false);
    expect(isOverdue({ endDate: "2026-03-31", status: "dropped" }, "2026-04-01")).toBe(false);
  });

  it("takes the day in Morocco: 23:30 UTC on the 31st of December is already the 1st of January there", () => {
    expect(forumDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(forumDay(new Date("2026-12-31T22:30:00Z"))).toBe("2026-12-31");
  });

  it("averages the progress of the actions pursued (dropped ones leave it)", () => {
    expect(
      averageProgress([
        { status: "done", progress: 100 },
        { status: "in_progress", progress: 50 },
        { status: "dropped", progress: 10 },
      ]),
    ).toBe(75);
    expect(averageProgress([])).toBe(0);
  });

  it("counts the months across a year's end", () => {
    expect(monthsBetween("2026-11-15", "2027-02-01")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });

  it("follows the average month by month from each action's latest update", () => {
    const series = progressOverTime(
      ["a", "b"],
      [
        { actionId: "a", day: "2026-01-10", status: "in_progress", progress: 40 },
        { actionId: "a", day: "2026-03-02", status: "done", progress: 100 },
        { actionId: "b", day: "2026-02-20", status: "in_progress", progress: 20 },
      ],
      "2026-01-01",
      "2026-03-31",
    );
    expect(series).toEqual([
      { month: "2026-01", progress: 20 },
      { month: "2026-02", progress: 30 },
      { month: "2026-03", progress: 60 },
    ]);
  });
});
