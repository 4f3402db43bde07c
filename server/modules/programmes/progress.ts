import type { ActionStatus } from "../../../common/programmes.js";

/** The forum's calendar: days and months are Morocco's. */
export const FORUM_TIME_ZONE = "Africa/Casablanca";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: FORUM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The forum's day (YYYY-MM-DD) at an instant. */
export function forumDay(at: Date): string {
  return dayFormat.format(at);
}

/** An action is overdue when its end day has passed (before today) and it is neither done nor dropped. */
export function isOverdue(action: { endDate: string; status: ActionStatus }, today: string): boolean {
  return action.endDate < today && action.status !== "done" && action.status !== "dropped";
}

type Followed = { status: ActionStatus; progress: number };

/** The average progress of the actions still pursued (dropped ones leave the average), rounded. */
export function averageProgress(actions: Followed[]): number {
  const pursued = actions.filter((action) => action.status !== "dropped");
  if (pursued.length === 0) return 0;
  return Math.round(pursued.reduce((sum, action) => sum + action.progress, 0) / pursued.length);
}

export function countByStatus(actions: Followed[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = { not_started: 0, in_progress: 0, done: 0, dropped: 0 };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}

/** Months (YYYY-MM) from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split("-").map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    if (current > end) break;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The average progress at the end of each month from `from` to `to`: each action counts with its
 * latest update of that month or before (none yet: not started, 0 %), dropped ones left out.
 */
export function progressOverTime(
  actionIds: string[],
  updates: { actionId: string; day: string; status: ActionStatus; progress: number }[],
  from: string,
  to: string,
): { month: string; progress: number }[] {
  const sorted = [...updates].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return monthsBetween(from, to).map((month) => {
    const state = new Map<string, Followed>(actionIds.map((id) => [id, { status: "not_started", progress: 0 }]));
    for (const update of sorted) {
      if (update.day.slice(0, 7) > month) break;
      if (state.has(update.actionId)) state.set(update.actionId, update);
    }
    return { month, progress: averageProgress([...state.values()]) };
  });
}
