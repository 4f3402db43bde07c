import type { ApplicationDocument } from "../../../common/applications.js";
import { associationLimits } from "../../../common/associations.js";
import type { Actor } from "../../auth/actor.js";
import type { Db } from "../../db/client.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError } from "../../http/errors.js";
import { acceptedType, downloadName, type FileStore, type StoredType, type Upload } from "../../uploads/files.js";
import { openAssociation, readAssociation } from "./access.js";
import { openApplication, recordStep } from "./applications.js";
import { stepAllowed } from "./policy.js";
import { logoUrl } from "./presenter.js";

/** Checks, before reading an upload, that the actor may act for the association (read-only check). */
export async function precheckAct(db: Db, actor: Actor, ref: string): Promise<void> {
  await readAssociation(db, actor, ref, "act");
}

/**
 * A representative replaces the association's logo: PNG, JPEG or WebP by its bytes (SVG and the rest
 * are UNSUPPORTED_MEDIA_TYPE), at most 1 MB (checked while reading). The old file is removed after
 * the commit; the new one is removed if the change fails.
 */
export async function replaceLogo(
  db: Db,
  store: FileStore,
  actor: Actor,
  ref: string,
  upload: Upload,
): Promise<{ logoUrl: string }> {
  const type = acceptedType(upload, associationLimits.logoTypes as readonly StoredType[]);
  const name = await store.save("logos", upload.buffer, type);
  try {
    const previous = await inTransaction(db, async (tx) => {
      const { association } = await openAssociation(tx, actor, ref, "act");
      await tx.association.update({ where: { id: association.id }, data: { logoFile: name } });
      return association.logoFile;
    });
    if (previous) await store.remove("logos", previous);
    return { logoUrl: logoUrl(name)! };
  } catch (error) {
    await store.remove("logos", name);
    throw error;
  }
}

/** A representative removes the association's logo. */
export async function removeLogo(db: Db, store: FileStore, actor: Actor, ref: string): Promise<{ logoUrl: null }> {
  const previous = await inTransaction(db, async (tx) => {
    const { association } = await openAssociation(tx, actor, ref, "act");
    await tx.association.update({ where: { id: association.id }, data: { logoFile: null } });
    return association.logoFile;
  });
  if (previous) await store.remove("logos", previous);
  return { logoUrl: null };
}

/** Checks, before reading an upload, that the actor may add a document to the application. */
export async function precheckDocument(db: Db, actor: Actor, applicationId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { application, association } = await openApplication(tx, actor, applicationId, "act");
    if (!stepAllowed("add_document", application.status, association.status)) {
      throw new AppError("INVALID_STATE", { status: application.status });
    }
  });
}

/**
 * The applicant's representatives attach a supporting document (PDF, PNG or JPEG by its bytes, at
 * most 5 MB, at most 10) while the application is open. Kept in the application's history.
 */
export async function addDocument(
  db: Db,
  store: FileStore,
  actor: Actor,
  applicationId: string,
  upload: Upload,
): Promise<ApplicationDocument> {
  const type = acceptedType(upload, associationLimits.documentTypes as readonly StoredType[]);
  const storedName = await store.save("documents", upload.buffer, type);
  try {
    return await inTransaction(db, async (tx) => {
      const { application, association, now } = await openApplication(tx, actor, applicationId, "act");
      if (!stepAllowed("add_document", application.status, association.status)) {
        throw new AppError("INVALID_STATE", { status: application.status });
      }
      if (
        (await tx.applicationDocument.count({ where: { applicationId } })) >= associationLimits.documentsPerApplication
      ) {
        throw new AppError("INVALID_STATE", { reason: "too_many_documents" });
      }
      const fileName = downloadName(upload.originalName, type);
      const row = await tx.applicationDocument.create({
        data: {
          applicationId,
          fileName,
          storedName,
          contentType: type,
          sizeBytes: upload.buffer.length,
          uploadedById: actor.id,
          uploadedAt: now,
        },
        include: { uploadedBy: { select: { id: true, name: true } } },
      });
      await recordStep(tx, {
        applicationId,
        associationId: association.id,
        kind: "document_added",
        note: fileName,
        actor,
        at: now,
      });
      return {
        id: row.id,
        fileName: row.fileName,
        contentType: row.contentType,
        sizeBytes: row.sizeBytes,
        uploadedAt: row.uploadedAt.toISOString(),
        uploadedBy: { id: row.uploadedBy.id, name: row.uploadedBy.name },
        url: `/api/documents/${row.id}`,
      };
    });
  } catch (error) {
    await store.remove("documents", storedName);
    throw error;
  }
}

/** A document's bytes, for the association's representatives and admins only (others: FORBIDDEN). */
export async function readDocument(
  db: Db,
  store: FileStore,
  actor: Actor,
  documentId: string,
): Promise<{ bytes: Buffer; type: StoredType; fileName: string }> {
  const row = await db.applicationDocument.findUnique({
    where: { id: documentId },
    include: { application: { include: { association: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  await readAssociation(db, actor, row.application.association, "read_private");
  const bytes = await store.read("documents", row.storedName);
  if (!bytes) throw new AppError("NOT_FOUND");
  return { bytes, type: row.contentType as StoredType, fileName: row.fileName };
}
