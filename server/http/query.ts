import { z } from "zod";
import { associationLimits } from "../../common/associations.js";

/** `?page=`: from 1. */
export const page = z.coerce.number().int().min(1).max(100_000).default(1);
/** `?pageSize=`: up to the lists' limit. */
export const pageSize = z.coerce.number().int().min(1).max(associationLimits.pageSizeMax).default(20);
/** A text filter: blank means no filter. */
export const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();
