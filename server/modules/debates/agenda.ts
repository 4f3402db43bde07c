import type { AgendaItem } from "../../../common/agenda.js";
import type { AgendaSource } from "../module.js";

/** How far back the home page looks for replies and mentions. */
const AGENDA_DAYS = 30;

/**
 * The home page's debates: where someone answered the person's debate or replies, or named them,
 * since their last visit of that debate (one statement, ten debates at most).
 */
export const unreadDebates: AgendaSource = async (db, actor) => {
  const rows = await db.$queryRaw<{ id: string; title: string; replies: number; mentions: number; last_at: Date }[]>`
    WITH events AS (
      SELECT r.debate_id, r.created_at, 1 AS reply, 0 AS mention
      FROM debate_replies p JOIN debate_replies r ON r.parent_id = p.id
      WHERE p.author_id = ${actor.id}::uuid AND r.author_id <> ${actor.id}::uuid
        AND r.deleted_at IS NULL AND r.hidden_at IS NULL
        AND r.created_at > now() - make_interval(days => ${AGENDA_DAYS})
      UNION ALL
      SELECT r.debate_id, r.created_at, 1, 0
      FROM debates d JOIN debate_replies r ON r.debate_id = d.id AND r.parent_id IS NULL
      WHERE d.author_id = ${actor.id}::uuid AND r.author_id <> ${actor.id}::uuid
        AND r.deleted_at IS NULL AND r.hidden_at IS NULL
        AND r.created_at > now() - make_interval(days => ${AGENDA_DAYS})
      UNION ALL
      SELECT m.debate_id, m.created_at, 0, 1 FROM debate_mentions m
      WHERE m.user_id = ${actor.id}::uuid AND m.created_at > now() - make_interval(days => ${AGENDA_DAYS})
    )
    SELECT d.id::text, d.title, sum(e.reply)::int AS replies, sum(e.mention)::int AS mentions, max(e.created_at) AS last_at
    FROM events e
    JOIN debates d ON d.id = e.debate_id AND d.deleted_at IS NULL AND d.hidden_at IS NULL
    LEFT JOIN debate_visits v ON v.debate_id = e.debate_id AND v.user_id = ${actor.id}::uuid
    WHERE v.last_seen_at IS NULL OR e.created_at > v.last_seen_at
    GROUP BY d.id, d.title
    ORDER BY last_at DESC
    LIMIT 10`;
  return rows.map(
    (row): AgendaItem => ({
      kind: "debate_unread",
      debate: { id: row.id, title: row.title },
      replies: row.replies,
      mentions: row.mentions,
      lastAt: row.last_at.toISOString(),
    }),
  );
};
