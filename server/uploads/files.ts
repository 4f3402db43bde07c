import { randomBytes } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Request, Response } from "express";
import multer from "multer";
import { displayFileName, hasForbiddenCharacter } from "../../common/text.js";
import { AppError } from "../http/errors.js";

/** The file types Tashawur accepts anywhere, each with its extension. */
export const fileTypes = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "application/pdf": "pdf",
} as const;
export type StoredType = keyof typeof fileTypes;

/** Where uploads live: DATA_DIR/uploads/<kind>. */
export type UploadKind = "logos" | "documents";

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/**
 * The type of a file from its first bytes (never from the name or the client's MIME type), among the
 * types Tashawur accepts; undefined for anything else (SVG, HTML, executables, ...).
 */
export function sniffType(bytes: Buffer): StoredType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return undefined;
}

/** One uploaded file held in memory (uploads are small). */
export type Upload = { buffer: Buffer; originalName: string };

/**
 * Reads one file from a multipart request's `field`. Larger than `maxBytes`: PAYLOAD_TOO_LARGE;
 * no file: VALIDATION_FAILED naming the field; a body that is not well-formed multipart (cut short, a
 * bad part header, no boundary) or a file name with a control character: VALIDATION_FAILED too.
 */
export function readUpload(req: Request, res: Response, field: string, maxBytes: number): Promise<Upload> {
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as UTF-8 (Arabic names must survive).
    defParamCharset: "utf8",
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000 },
  }).single(field);
  return new Promise((resolve, reject) => {
    parse(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        if (error.code === "LIMIT_FILE_SIZE") return reject(new AppError("PAYLOAD_TOO_LARGE", { maxBytes }));
        return reject(new AppError("VALIDATION_FAILED", { fields: [{ path: field, reason: error.code }] }));
      }
      // Anything else the parser throws is about the body the client sent (busboy's "Unexpected end
      // of form", "Malformed part header", "Boundary not found"...): never a 5xx.
      if (error)
        return reject(new AppError("VALIDATION_FAILED", { fields: [{ path: field, reason: "malformed_multipart" }] }));
      const file = req.file;
      if (!file) return reject(new AppError("VALIDATION_FAILED", { fields: [{ path: field, reason: "required" }] }));
      if (hasForbiddenCharacter(file.originalname)) {
        return reject(new AppError("VALIDATION_FAILED", { fields: [{ path: field, reason: "control_character" }] }));
      }
      resolve({ buffer: file.buffer, originalName: file.originalname });
    });
  });
}

/** Checks an upload's bytes against the accepted types: UNSUPPORTED_MEDIA_TYPE otherwise. */
export function acceptedType(upload: Upload, accepted: readonly StoredType[]): StoredType {
  const type = sniffType(upload.buffer);
  if (!type || !accepted.includes(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { accepted: [...accepted] });
  }
  return type;
}

/** The file store under DATA_DIR/uploads. Names are random; nothing a client sends reaches a path. */
export class FileStore {
  constructor(private readonly dataDir: string) {}

  private dir(kind: UploadKind): string {
    return path.join(this.dataDir, "uploads", kind);
  }

  /** Writes the bytes under a new random name with the type's extension; returns the name. */
  async save(kind: UploadKind, bytes: Buffer, type: StoredType): Promise<string> {
    await mkdir(this.dir(kind), { recursive: true });
    const name = `${randomBytes(16).toString("hex")}.${fileTypes[type]}`;
    await writeFile(path.join(this.dir(kind), name), bytes, { flag: "wx", mode: 0o640 });
    return name;
  }

  /** Whether `name` is one this store could have made (no path separators, a known extension). */
  static isStoredName(name: string): boolean {
    return /^[0-9a-f]{32}\.(png|jpg|webp|pdf)$/.test(name);
  }

  read(kind: UploadKind, name: string): Promise<Buffer | undefined> {
    if (!FileStore.isStoredName(name)) return Promise.resolve(undefined);
    return readFile(path.join(this.dir(kind), name)).catch(() => undefined);
  }

  /** Removes a file; a missing one is not an error (cleanup after a failed or replaced write). */
  async remove(kind: UploadKind, name: string): Promise<void> {
    if (!FileStore.isStoredName(name)) return;
    await unlink(path.join(this.dir(kind), name)).catch(() => {});
  }
}

/** The type of a stored name, from its extension (the store chose it from the bytes). */
export function typeOfStoredName(name: string): StoredType | undefined {
  const extension = name.split(".").pop();
  const entry = Object.entries(fileTypes).find(([, ext]) => ext === extension);
  return entry?.[0] as StoredType | undefined;
}

/**
 * The name a stored file is shown and downloaded under: a stem from the uploader's name (without
 * control, bidi or zero-width characters, path separators or its own extension) and the extension of
 * the type detected from the bytes. `invoice\u202Efdp.exe` holding a PDF is `invoicefdp.pdf`.
 */
export function downloadName(originalName: string, type: StoredType): string {
  const cleaned = displayFileName(originalName, 200);
  const stem = cleaned
    .replace(/\.[^.]{0,10}$/u, "")
    .replace(/[^\p{L}\p{M}\p{N} ._()-]+/gu, "_")
    .replace(/^[\s._-]+|[\s.]+$/gu, "")
    .slice(0, 120);
  return `${stem || "document"}.${fileTypes[type]}`;
}

/** Sends stored bytes with their type, never sniffed by the browser; as a download when `attachment`. */
export function sendFile(
  res: Response,
  bytes: Buffer,
  type: StoredType,
  options: { attachment?: string; cache?: "immutable" | "private" },
): void {
  res.setHeader("Content-Type", type);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  res.setHeader(
    "Cache-Control",
    options.cache === "immutable" ? "public, max-age=31536000, immutable" : "private, no-store",
  );
  if (options.attachment !== undefined) {
    const name = downloadName(options.attachment, type);
    const ascii = name.replace(/[^\w.-]+/g, "_").slice(0, 100);
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  }
  res.status(200).end(bytes);
}
