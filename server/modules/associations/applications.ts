import type { ApplicationDetail, ApplicationQueue, ApplicationStatus } from "../../../common/applications.js";
import { displayFileName } from "../../../common/text.js";
import type { Actor } from "../../auth/actor.js";
import type { Db, Tx } from "../../db/client.js";
import { inTransaction, publishAfterCommit } from "../../db/transaction.js";
import type { ApplicationEventKind, Prisma } from "../../generated/prisma/client.js";
import { AppError } from "../../http/errors.js";
import { paginate } from "../../http/params.js";
import { writeAudit } from "../audit/index.js";
import { currentVersions, presentVersionSummary } from "../charter/index.js";
import {
  assertAllowed,
  associationChanged,
  lockAssociation,
  membershipOf,
  readAssociation,
  resourceOf,
} from "./access.js";
import { changeDelegate, changeStatus } from "./history.js";
import { applicationAbilities, stepAllowed } from "./policy.js";
import { associationInclude, presentSummary } from "./presenter.js";
import { assertFields, assertUnique, decideSlug, profileData, uniqueViolationCode } from "./profile.js";
import type { ApplicationInput } from "./schema.js";
import { loadManageView } from "./views.js";

/** Checks the acceptance of the versions in force: CHARTER_NOT_ACCEPTED for a missing or stale id. */
async function acceptedVersions(tx: Tx, input: ApplicationInput): Promise<string[]> {
  const current = await currentVersions(tx);
  const charter = current.find((version) => version.kind === "charter");
  if (!charter) throw new AppError("INVALID_STATE", { reason: "no_charter_published" });
  if (input.charterVersionId !== charter.id) {
    throw new AppError("CHARTER_NOT_ACCEPTED", {
      fields: [{ path: "charterVersionId", reason: "not_current" }],
      currentVersionId: charter.id,
    });
  }
  const rules = current.find((version) => version.kind === "internal_rules");
  if (rules && input.internalRulesVersionId !== rules.id) {
    throw new AppError("CHARTER_NOT_ACCEPTED", {
      fields: [{ path: "internalRulesVersionId", reason: "not_current" }],
      currentVersionId: rules.id,
    });
  }
  return rules ? [charter.id, rules.id] : [charter.id];
}

/**
 * A logged-in user applies on behalf of an association: its profile is created (pending), the
 * versions in force are accepted (which and when), the applicant becomes its first representative and
 * primary delegate, and the application waits for review. One transaction, audited.
 */
export async function applyForMembership(db: Db, actor: Actor, input: ApplicationInput): Promise<ApplicationDetail> {
  try {
    const applicationId = await inTransaction(db, async (tx) => {
      const versionIds = await acceptedVersions(tx, input);
      await assertFields(tx, input.profile.fieldIds);
      await assertUnique(tx, { slug: input.profile.slug, registrationRef: input.profile.registrationRef });
      const slug = await decideSlug(tx, input.profile);
      const now = new Date();
      const association = await tx.association.create({
        data: { ...profileData(input.profile, slug), status: "pending" },
      });
      publishAfterCommit(tx, associationChanged(association.id));
      await tx.associationField.createMany({
        data: input.profile.fieldIds.map((fieldId) => ({ associationId: association.id, fieldId })),
      });
      await tx.associationStatusChange.create({
        data: { associationId: association.id, status: "pending", effectiveFrom: now, actorId: actor.id },
      });
      await tx.associationMember.create({
        data: { associationId: association.id, userId: actor.id, role: "representative", joinedAt: now },
      });
      await changeDelegate(tx, { associationId: association.id, userId: actor.id, at: now, actorId: actor.id });
      await tx.charterAcceptance.createMany({
        data: versionIds.map((versionId) => ({
          associationId: association.id,
          versionId,
          userId: actor.id,
          acceptedAt: now,
        })),
      });
      const application = await tx.membershipApplication.create({
        data: { associationId: association.id, applicantId: actor.id, submittedAt: now },
      });
      await tx.applicationEvent.create({
        data: {
          applicationId: application.id,
          kind: "submitted",
          note: input.note ?? null,
          actorId: actor.id,
          at: now,
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "application.submitted",
        targetType: "application",
        targetId: application.id,
        associationId: association.id,
        data: { slug, acceptedVersionIds: versionIds },
      });
      return application.id;
    });
    return readApplication(db, actor, applicationId);
  } catch (error) {
    throw uniqueViolationCode(error, "profile.") ?? error;
  }
}

/** Opens an application and its association, locked, and checks that the actor may do `action`. */
async function openApplication(tx: Tx, actor: Actor, applicationId: string, action: "act" | "review") {
  const found = await tx.membershipApplication.findUnique({ where: { id: applicationId } });
  if (!found) throw new AppError("NOT_FOUND");
  await lockAssociation(tx, found.associationId);
  const application = await tx.membershipApplication.findUniqueOrThrow({ where: { id: applicationId } });
  const association = await tx.association.findUniqueOrThrow({ where: { id: application.associationId } });
  const membership = await membershipOf(tx, association.id, actor.id);
  const now = new Date();
  assertAllowed(actor, action, association, membership, now);
  return { application, association, now };
}

async function recordStep(
  tx: Tx,
  step: {
    applicationId: string;
    associationId: string;
    kind: ApplicationEventKind;
    note: string | null;
    actor: Actor;
    at: Date;
    status?: ApplicationStatus;
    rejectionReason?: string;
  },
): Promise<void> {
  if (step.status) {
    await tx.membershipApplication.update({
      where: { id: step.applicationId },
      data: { status: step.status, ...(step.rejectionReason ? { rejectionReason: step.rejectionReason } : {}) },
    });
  }
  await tx.applicationEvent.create({
    data: { applicationId: step.applicationId, kind: step.kind, note: step.note, actorId: step.actor.id, at: step.at },
  });
  if (step.kind !== "document_added") {
    await writeAudit(tx, {
      actorId: step.actor.id,
      action: `application.${step.kind}` as "application.approved",
      targetType: "application",
      targetId: step.applicationId,
      associationId: step.associationId,
      data: step.note ? { note: step.note } : {},
    });
  }
}

/** The applicant's representatives answer a request for information; the application returns to review. */
export async function respondToRequest(
  db: Db,
  actor: Actor,
  applicationId: string,
  note: string,
): Promise<ApplicationDetail> {
  await inTransaction(db, async (tx) => {
    const { application, association, now } = await openApplication(tx, actor, applicationId, "act");
    if (!stepAllowed("respond", application.status, association.status)) {
      throw new AppError("INVALID_STATE", { status: application.status });
    }
    await recordStep(tx, {
      applicationId,
      associationId: association.id,
      kind: "responded",
      note,
      actor,
      at: now,
      status: "under_review",
    });
  });
  return readApplication(db, actor, applicationId);
}

export type ReviewDecision =
  | { kind: "approve"; note?: string | undefined }
  | { kind: "reject"; reason: string }
  | { kind: "request_info"; note: string };

/**
 * An admin decides on an application: approve (the association becomes active, in the directory),
 * reject with a reason, or ask for more information. A decided application is INVALID_STATE; asking
 * again while waiting for an answer too. The step, the status history and the audit row are one
 * transaction.
 */
export async function reviewApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  decision: ReviewDecision,
): Promise<ApplicationDetail> {
  await inTransaction(db, async (tx) => {
    const { application, association, now } = await openApplication(tx, actor, applicationId, "review");
    if (!stepAllowed(decision.kind, application.status, association.status)) {
      throw new AppError("INVALID_STATE", { status: application.status });
    }
    const step = { applicationId, associationId: association.id, actor, at: now };
    if (decision.kind === "request_info") {
      await recordStep(tx, { ...step, kind: "info_requested", note: decision.note, status: "info_requested" });
    } else if (decision.kind === "approve") {
      await recordStep(tx, { ...step, kind: "approved", note: decision.note ?? null, status: "approved" });
      await changeStatus(tx, {
        associationId: association.id,
        status: "active",
        at: now,
        actorId: actor.id,
        memberSince: now,
      });
    } else {
      await recordStep(tx, {
        ...step,
        kind: "rejected",
        note: decision.reason,
        status: "rejected",
        rejectionReason: decision.reason,
      });
      await changeStatus(tx, {
        associationId: association.id,
        status: "rejected",
        at: now,
        actorId: actor.id,
        reason: decision.reason,
      });
    }
  });
  return readApplication(db, actor, applicationId);
}

const person = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

/** The review screen: profile, documents, charter acceptance and history (representatives, admins). */
export async function readApplication(db: Db, actor: Actor, applicationId: string): Promise<ApplicationDetail> {
  const row = await db.membershipApplication.findUnique({
    where: { id: applicationId },
    include: {
      applicant: { select: { id: true, name: true } },
      association: { include: associationInclude },
      documents: { include: { uploadedBy: { select: { id: true, name: true } } }, orderBy: { uploadedAt: "asc" } },
      events: { include: { actor: { select: { id: true, name: true } } }, orderBy: { at: "asc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { membership, now } = await readAssociation(db, actor, row.association, "read_private");
  const acceptances = await db.charterAcceptance.findMany({
    where: { associationId: row.associationId },
    include: { version: true, user: { select: { id: true, name: true } } },
    orderBy: { acceptedAt: "asc" },
  });
  return {
    id: row.id,
    status: row.status,
    association: presentSummary(row.association),
    applicant: person(row.applicant),
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    profile: await loadManageView(db, actor, row.associationId, { membership }),
    documents: row.documents.map((doc) => ({
      id: doc.id,
      fileName: displayFileName(doc.fileName),
      contentType: doc.contentType,
      sizeBytes: doc.sizeBytes,
      uploadedAt: doc.uploadedAt.toISOString(),
      uploadedBy: person(doc.uploadedBy),
      url: `/api/documents/${doc.id}`,
    })),
    acceptances: acceptances.map((acceptance) => ({
      version: presentVersionSummary(acceptance.version),
      acceptedBy: person(acceptance.user),
      acceptedAt: acceptance.acceptedAt.toISOString(),
    })),
    history: row.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      note: event.note,
      actor: person(event.actor),
      at: event.at.toISOString(),
    })),
    rejectionReason: row.rejectionReason,
    abilities: applicationAbilities(
      actor,
      resourceOf(row.association, membership, now),
      row.status,
      row.association.status,
    ),
  };
}

/** The admin queue: applications oldest first, filtered by status, with the count of each status. */
export async function listApplications(
  db: Db,
  query: { page: number; pageSize: number; status?: ApplicationStatus | undefined },
): Promise<ApplicationQueue> {
  const where: Prisma.MembershipApplicationWhereInput = query.status ? { status: query.status } : {};
  const [page, grouped] = await Promise.all([
    paginate(
      query,
      (window) =>
        db.membershipApplication.findMany({
          where,
          include: {
            applicant: { select: { id: true, name: true } },
            association: { include: associationInclude },
          },
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          ...window,
        }),
      () => db.membershipApplication.count({ where }),
      (row) => ({
        id: row.id,
        status: row.status,
        association: presentSummary(row.association),
        applicant: person(row.applicant),
        submittedAt: row.submittedAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
    ),
    db.membershipApplication.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = { under_review: 0, info_requested: 0, approved: 0, rejected: 0 };
  for (const group of grouped) counts[group.status] = group._count._all;
  return { ...page, counts };
}

export { openApplication, recordStep };
