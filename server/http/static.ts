import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Request, RequestHandler, Response } from "express";
import express from "express";

type Encoded = { identity: Buffer; br?: Buffer; gzip?: Buffer };
type StoredFile = Encoded & { type: string; etag: string };

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const readIfPresent = (file: string) => (existsSync(file) ? readFileSync(file) : undefined);

/**
 * The build's text files that came with their `.br` and `.gz` (see vite.config.ts), read once into
 * memory: the client's files are a few hundred kilobytes and never change while the process runs.
 */
function loadPrecompressed(dir: string): Map<string, StoredFile> {
  const files = new Map<string, StoredFile>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const type = TYPES[path.extname(name)];
    const full = path.join(dir, name);
    if (!type || !existsSync(`${full}.br`)) continue;
    const identity = readFileSync(full);
    const etag = `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
    const file: StoredFile = { type, etag, identity };
    const br = readIfPresent(`${full}.br`);
    const gzip = readIfPresent(`${full}.gz`);
    if (br) file.br = br;
    if (gzip) file.gzip = gzip;
    files.set(`/${name.split(path.sep).join("/")}`, file);
  }
  return files;
}

/** Sends one stored file in the best encoding the client accepts, answering 304 to a matching ETag. */
function sendStored(req: Request, res: Response, file: StoredFile, cacheControl: string): void {
  res.setHeader("Cache-Control", cacheControl);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("ETag", file.etag);
  res.setHeader("Content-Type", file.type);
  if (req.headers["if-none-match"] === file.etag) {
    res.status(304).end();
    return;
  }
  const offered = [file.br && "br", file.gzip && "gzip"].filter((e): e is string => !!e);
  const encoding = offered.length ? req.acceptsEncodings(offered) : false;
  const body = encoding === "br" ? file.br! : encoding === "gzip" ? file.gzip! : file.identity;
  if (body !== file.identity) res.setHeader("Content-Encoding", encoding as string);
  res.setHeader("Content-Length", body.length);
  res.status(200).end(req.method === "HEAD" ? undefined : body);
}

/**
 * The built client: hashed assets from memory, precompressed, cached for a year as immutable; other
 * files of the build from disk; a missing asset is 404 (never index.html); every other path answers
 * index.html so that the client's router takes over.
 */
export function clientRoutes(clientDir: string): express.Router {
  const router = express.Router();
  const files = loadPrecompressed(clientDir);
  const assetsDir = path.join(clientDir, "assets");
  const indexFile = path.join(clientDir, "index.html");
  const immutable = "public, max-age=31536000, immutable";

  const fromMemory =
    (prefix: string, cacheControl: string): RequestHandler =>
    (req, res, next) => {
      if (req.method !== "GET" && req.method !== "HEAD") return next();
      const file = files.get(prefix + req.path);
      if (file) sendStored(req, res, file, cacheControl);
      else next();
    };

  router.use("/assets", fromMemory("/assets", immutable));
  router.use("/assets", express.static(assetsDir, { immutable: true, maxAge: "365d", index: false }));
  router.use("/assets", (_req, res) => {
    res.status(404).type("text/plain; charset=utf-8").send("Not found");
  });
  router.use(fromMemory("", "public, max-age=3600"));
  router.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  router.get("/{*path}", (req, res) => {
    const index = files.get("/index.html");
    if (index) return sendStored(req, res, index, "no-cache");
    if (!existsSync(indexFile)) {
      res.status(503).type("text/plain; charset=utf-8").send("The client is not built: run `npm run build`.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexFile);
  });
  return router;
}
