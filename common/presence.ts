/**
 * Applying presence changes to a list already held: entries leave by id, arrivals replace an entry
 * with the same id or are added; the list stays sorted by name (Arabic order). Applying the same
 * change twice gives the same list.
 */
export function applyPresenceChanges<U extends { id: string; name: string }>(
  users: readonly U[],
  joined: readonly U[],
  left: readonly string[],
): U[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  for (const id of left) byId.delete(id);
  for (const user of joined) byId.set(user.id, user);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "ar"));
}
