import type { CharterKind, CharterVersion, CharterVersionSummary, CurrentCharter } from "../../../common/charter.js";
import { type Actor, canPlatform } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import type { CharterVersion as CharterVersionRow } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { renderMarkdown } from "../../markdown/render.js";
import { writeAudit } from "../audit/index.js";

export function presentVersionSummary(row: CharterVersionRow): CharterVersionSummary {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: row.title,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function presentVersion(row: CharterVersionRow): CharterVersion {
  const french =
    row.titleFr && row.bodyMdFr && row.bodyHtmlFr
      ? { title: row.titleFr, bodyMd: row.bodyMdFr, bodyHtml: row.bodyHtmlFr }
      : null;
  return { ...presentVersionSummary(row), bodyMd: row.bodyMd, bodyHtml: row.bodyHtml, french };
}

/** The versions in force: the latest published one of each kind. */
export async function currentVersions(db: Db | Tx): Promise<CharterVersionRow[]> {
  const rows = await Promise.all(
    (["charter", "internal_rules"] as const).map((kind) =>
      db.charterVersion.findFirst({ where: { kind }, orderBy: { version: "desc" } }),
    ),
  );
  return rows.filter((row): row is CharterVersionRow => row !== null);
}

/** The charter and internal rules in force, for everyone to read. */
export async function readCurrentCharter(db: Db): Promise<CurrentCharter> {
  const current = await currentVersions(db);
  const of = (kind: CharterKind) => {
    const row = current.find((version) => version.kind === kind);
    return row ? presentVersion(row) : null;
  };
  return { charter: of("charter"), internalRules: of("internal_rules") };
}

/** Every published version, newest first, optionally of one kind. */
export async function listVersions(db: Db, kind?: CharterKind): Promise<CharterVersionSummary[]> {
  const rows = await db.charterVersion.findMany({
    where: kind ? { kind } : {},
    orderBy: [{ kind: "asc" }, { version: "desc" }],
  });
  return rows.map(presentVersionSummary);
}

export async function readVersion(db: Db, id: string): Promise<CharterVersion> {
  const row = await db.charterVersion.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND");
  return presentVersion(row);
}

/**
 * For each association, the versions in force it has not accepted yet: what its representatives are
 * asked to accept after a new publication.
 */
export async function pendingAcceptances(
  db: Db | Tx,
  associationIds: string[],
): Promise<Map<string, CharterVersionSummary[]>> {
  const current = await currentVersions(db);
  const accepted = await db.charterAcceptance.findMany({
    where: { associationId: { in: associationIds }, versionId: { in: current.map((v) => v.id) } },
    select: { associationId: true, versionId: true },
  });
  const done = new Set(accepted.map((row) => `${row.associationId}:${row.versionId}`));
  return new Map(
    associationIds.map((id) => [
      id,
      current.filter((version) => !done.has(`${id}:${version.id}`)).map(presentVersionSummary),
    ]),
  );
}

/**
 * Publishes a new version of the charter or of the internal rules (admins only): the next number of
 * its kind, the Markdown rendered and sanitised, audited. Every association is then asked to accept it.
 */
export async function publishVersion(
  db: Db,
  actor: Actor,
  input: {
    kind: CharterKind;
    title: string;
    bodyMd: string;
    titleFr?: string | undefined;
    bodyMdFr?: string | undefined;
  },
): Promise<CharterVersion> {
  if (!canPlatform(actor, "publish_charter")) throw new AppError("FORBIDDEN");
  const { titleFr, bodyMdFr, ...arabic } = input;
  const bodyHtml = renderMarkdown(input.bodyMd);
  // The French text comes whole (title and body) or not at all.
  const french = titleFr && bodyMdFr ? { titleFr, bodyMdFr, bodyHtmlFr: renderMarkdown(bodyMdFr) } : {};
  const row = await inTransaction(db, async (tx) => {
    // One publisher at a time per kind: the unique (kind, version) index refuses a duplicate number.
    const last = await tx.charterVersion.findFirst({ where: { kind: input.kind }, orderBy: { version: "desc" } });
    const created = await tx.charterVersion.create({
      data: { ...arabic, ...french, bodyHtml, version: (last?.version ?? 0) + 1, publishedById: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "charter.published",
      targetType: "charter_version",
      targetId: created.id,
      data: { kind: created.kind, version: created.version, title: created.title, french: created.titleFr !== null },
    });
    return created;
  });
  return presentVersion(row);
}
