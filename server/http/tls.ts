import type { Request } from "express";

/**
 * Whether the request reached us over TLS: on this connection, or (behind a trusted proxy) as the
 * proxy's `X-Forwarded-Proto` says. The same rule as the session cookie's `secure: "auto"`.
 */
export function cameOverTls(req: Request, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!trustProxy) return false;
  const proto = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]!
    .trim()
    .toLowerCase();
  return proto === "https";
}
