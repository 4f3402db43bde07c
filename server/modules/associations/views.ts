import type { Paginated } from "../../../common/api.js";
import type {
  AdminAssociationSummary,
  AssociationManageView,
  AssociationPageView,
} from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import type { AssociationMember } from "../../generated/prisma/client.js";
import { readModel } from "../../read-models/cache.js";
import { pendingAcceptances } from "../charter/index.js";
import { membershipOf, readAssociation, resourceOf } from "./access.js";
import { listAllAssociations, readPublicPage } from "./directory.js";
import { associationAbilities, pageAbilities } from "./policy.js";
import { associationInclude, presentManage } from "./presenter.js";

/**
 * An association's public page, with what the viewer may do there. Anonymous readers all see the same
 * page: it is kept in memory whole (its JSON too) until a change to the association, or until the
 * instant a suspension ends by itself.
 */
export async function readPageView(db: Db, ref: string, viewer: Actor | undefined): Promise<AssociationPageView> {
  if (!viewer) {
    return readModel(db, `association:page:${ref}`, ["associations"], () => presentPageView(db, ref, undefined), {
      tagsOf: (view) => [`association:${view.id}`],
      expiresAtOf: (view) => (view.suspension?.until ? Date.parse(view.suspension.until) : null),
    });
  }
  return presentPageView(db, ref, viewer);
}

async function presentPageView(db: Db, ref: string, viewer: Actor | undefined): Promise<AssociationPageView> {
  const page = await readPublicPage(db, ref, viewer);
  const membership = viewer ? await membershipOf(db, page.id, viewer.id) : null;
  const abilities = pageAbilities(viewer, { status: page.status, membership, approved: page.memberSince !== null });
  return { ...page, abilities };
}

/**
 * The manage view of one association, read in `tx` (after a change) or on its own. `known` is what
 * the caller already read (the actor's membership, when the change left it as it was): not read again.
 */
export async function loadManageView(
  db: Db | Tx,
  actor: Actor,
  associationId: string,
  known?: { membership: AssociationMember | null },
): Promise<AssociationManageView> {
  const now = new Date();
  const row = await db.association.findUniqueOrThrow({ where: { id: associationId }, include: associationInclude });
  const membership = known ? known.membership : await membershipOf(db, associationId, actor.id);
  const application = await db.membershipApplication.findUnique({
    where: { associationId },
    select: { id: true, status: true },
  });
  const pending = await pendingAcceptances(db, [associationId]);
  return presentManage(
    row,
    {
      application,
      pendingAcceptances: pending.get(associationId) ?? [],
      viewer: {
        role: membership?.role ?? null,
        isPrimaryDelegate: row.delegate?.userId === actor.id,
        isAdmin: actor.role === "admin",
      },
      abilities: associationAbilities(actor, resourceOf(row, membership, now)),
    },
    now,
  );
}

/** What representatives (and admins) read to manage an association. */
export async function readManageView(db: Db, actor: Actor, ref: string): Promise<AssociationManageView> {
  const { association, membership } = await readAssociation(db, actor, ref, "read_private");
  return loadManageView(db, actor, association.id, { membership });
}

/** Every association whatever its status, with what the admin may do to each (admins). */
export async function listAdminAssociations(
  db: Db,
  actor: Actor,
  query: Parameters<typeof listAllAssociations>[1],
): Promise<Paginated<AdminAssociationSummary>> {
  const page = await listAllAssociations(db, query);
  const items = page.items.map((item) => {
    const { suspend, reinstate } = associationAbilities(actor, {
      status: item.status,
      membership: null,
      approved: item.status !== "pending",
    });
    return { ...item, abilities: { suspend, reinstate } };
  });
  return { ...page, items };
}
