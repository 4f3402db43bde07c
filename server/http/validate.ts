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
