import type { RequestHandler } from "express";
import type { z } from "zod";
import { forbiddenCharacterPaths } from "../../common/text.js";
import { AppError } from "./errors.js";

/** VALIDATION_FAILED naming each path that holds a control character. */
function controlCharacterError(paths: string[]): AppError {
  return new AppError("VALIDATION_FAILED", {
    fields: paths.map((path) => ({ path, reason: "control_character" })),
  });
}

/**
 * Parses input with a Zod schema; a failure is VALIDATION_FAILED naming every field at fault. Any
 * string holding a control character is refused first, whatever the schema says.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const forbidden = forbiddenCharacterPaths(input);
  if (forbidden.length > 0) throw controlCharacterError(forbidden);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    reason: issue.code,
    message: issue.message,
  }));
  throw new AppError("VALIDATION_FAILED", { fields });
}

/** True when A and B accept each other's values. */
type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** True when A and B describe the same values and name the same fields (an extra optional one counts). */
export type SameShape<A, B> = Assignable<A, B> extends true ? Assignable<keyof A, keyof B> : false;

/**
 * A compile-time check that a request schema here accepts exactly the request type the client is
 * typed to send (`common/`): `sameShape<z.input<typeof schema>, RequestType>(true)` stops compiling
 * as soon as the two drift apart. It does nothing when run.
 */
export function sameShape<A, B>(same: SameShape<A, B>): SameShape<A, B> {
  return same;
}

/**
 * The same check for a query string: every query the client may build is accepted (query values
 * are coerced from text, so the schema's side is wider), and the two name the same parameters.
 */
export function acceptedQuery<Sent, Accepted>(
  same: [Sent] extends [Accepted] ? Assignable<keyof Sent, keyof Accepted> : false,
): boolean {
  return same;
}
/**
 * One pass over every request of the API before any route: the decoded path (where the route
 * parameters come from), the query and the JSON body must hold no control character.
 */
export const refuseControlCharacters: RequestHandler = (req, _res, next) => {
  let segments: string[];
  try {
    segments = req.path.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return next(new AppError("VALIDATION_FAILED", { fields: [{ path: "(path)", reason: "malformed" }] }));
  }
  const forbidden = [
    ...forbiddenCharacterPaths(segments.join("/"), ["(path)"]),
    ...forbiddenCharacterPaths(req.query),
    ...forbiddenCharacterPaths(req.body),
  ];
  next(forbidden.length > 0 ? controlCharacterError(forbidden) : undefined);
};
