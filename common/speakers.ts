/**
 * The speakers list's ordering rules, pure: a point of order goes ahead of the list; with the
 * alternation on, no association speaks twice before the others who asked (a request's round is how
 * many times its association already spoke on the item plus its requests ahead of it); the
 * moderator may still move a request anywhere.
 */
import { type SpeakerRequest, speakerGroup } from "./sessions.js";

export type OrderRules = { alternate: boolean; spoken: Readonly<Record<string, number>> };

const isPointOfOrder = (request: SpeakerRequest) => request.type === "point_of_order";

/** Each request's round under the alternation: the times its group spoke, plus its group's requests ahead of it. */
export function roundsOf(queue: readonly SpeakerRequest[], spoken: Readonly<Record<string, number>>): number[] {
  const seen = new Map<string, number>();
  return queue.map((request) => {
    const group = speakerGroup(request);
    const ahead = seen.get(group) ?? 0;
    seen.set(group, ahead + 1);
    return (spoken[group] ?? 0) + ahead;
  });
}

/** The list with `request` added where the rules put it; the rest keeps its order. */
export function insertRequest(
  queue: readonly SpeakerRequest[],
  request: SpeakerRequest,
  rules: OrderRules,
): SpeakerRequest[] {
  const list = [...queue];
  if (isPointOfOrder(request)) {
    // After the points of order already waiting, ahead of everything else.
    const firstOther = list.findIndex((other) => !isPointOfOrder(other));
    list.splice(firstOther === -1 ? list.length : firstOther, 0, request);
    return list;
  }
  if (!rules.alternate) return [...list, request];
  const group = speakerGroup(request);
  const round =
    (rules.spoken[group] ?? 0) + list.filter((other) => speakerGroup(other) === group && !isPointOfOrder(other)).length;
  const rounds = roundsOf(
    list.filter((other) => !isPointOfOrder(other)),
    rules.spoken,
  );
  let index = 0;
  let position = list.length;
  for (let i = 0; i < list.length; i++) {
    if (isPointOfOrder(list[i]!)) continue;
    if (rounds[index]! > round) {
      position = i;
      break;
    }
    index++;
  }
  list.splice(position, 0, request);
  return list;
}

/**
 * The whole list put in order by the rules (when the alternation is switched on): points of order
 * first, then, with the alternation, by round, ties in their current order.
 */
export function orderQueue(queue: readonly SpeakerRequest[], rules: OrderRules): SpeakerRequest[] {
  const points = queue.filter(isPointOfOrder);
  const others = queue.filter((request) => !isPointOfOrder(request));
  if (!rules.alternate) return [...points, ...others];
  const rounds = roundsOf(others, rules.spoken);
  const ordered = others
    .map((request, index) => ({ request, index, round: rounds[index]! }))
    .sort((a, b) => a.round - b.round || a.index - b.index)
    .map((entry) => entry.request);
  return [...points, ...ordered];
}

/** The list with one request moved to `toIndex` (clamped to the list). Null when it is not in the list. */
export function moveRequest(
  queue: readonly SpeakerRequest[],
  requestId: string,
  toIndex: number,
): SpeakerRequest[] | null {
  const from = queue.findIndex((request) => request.id === requestId);
  if (from === -1) return null;
  const list = [...queue];
  const [request] = list.splice(from, 1);
  const to = Math.max(0, Math.min(list.length, toIndex));
  list.splice(to, 0, request!);
  return list;
}

/** A person's place in the list (1 is next), or null when they are not waiting. */
export function placeOf(queue: readonly SpeakerRequest[], userId: string): number | null {
  const index = queue.findIndex((request) => request.userId === userId);
  return index === -1 ? null : index + 1;
}
