import type { Db } from "../../server/db/client.js";

/**
 * A digest of every row of every table (but sessions and rate-limit counters, which a request may
 * touch by design, a refused one included, and the tables named in `except`): equal before and after
 * means nothing was written. Read through the catalogue, so a new table is included.
 */
export async function databaseFingerprint(db: Db, except: string[] = []): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('sessions', 'rate_limits')
    ORDER BY table_name`;
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const rows = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${quoted} t`,
    );
    digest[name] = rows[0]!.digest;
  }
  return digest;
}
