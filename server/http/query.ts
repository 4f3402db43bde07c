import { z } from "zod";
import { associationLimits } from "../../common/associations.js";
import { wholeNumber } from "./numbers.js";

/** `?page=`: from 1 (digits typed in any script). */
export const page = wholeNumber().pipe(z.number().min(1).max(100_000)).default(1);
/** `?pageSize=`: up to the lists' limit. */
export const pageSize = wholeNumber().pipe(z.number().min(1).max(associationLimits.pageSizeMax)).default(20);
/** A text filter: blank means no filter. */
export const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();
