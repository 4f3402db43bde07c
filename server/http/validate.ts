import type { z } from "zod";
import { AppError } from "./errors.js";

/** Parses input with a Zod schema; a failure is VALIDATION_FAILED naming every field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    reason: issue.code,
    message: issue.message,
  }));
  throw new AppError("VALIDATION_FAILED", { fields });
}
