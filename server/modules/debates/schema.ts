import { z } from "zod";
import type {
  CategoryInput,
  CategoryUpdateInput,
  CloseInput,
  DebateCreateInput,
  DebateListQuery,
  DebateUpdateInput,
  DebateWatchInput,
  FlagInput,
  FlagQuery,
  ModerationReasonInput,
  MoveInput,
  RepliesQuery,
  ReplyCreateInput,
  ReplyUpdateInput,
  SlowModeInput,
} from "../../../common/debates.js";
import {
  debateSorts,
  debateStatuses,
  flagStatuses,
  MAX_BODY_LENGTH,
  MAX_MENTIONS,
  MAX_REASON_LENGTH,
  MAX_SLOW_MODE_SECONDS,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  REPLY_PAGE_SIZE,
  stances,
} from "../../../common/debates.js";
import { arabicName, visibleName } from "../../../common/names.js";
import { AppError } from "../../http/errors.js";
import { wholeNumber } from "../../http/numbers.js";
import { isUuid } from "../../http/params.js";
import { page, pageSize, queryText } from "../../http/query.js";
import { acceptedQuery, parseInput, sameShape } from "../../http/validate.js";

const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/** Markdown a person writes: NFC, and something visible in it. Length is checked before (BODY_TOO_LONG). */
const markdownBody = z
  .string()
  .transform((text) => text.normalize("NFC"))
  .refine((text) => VISIBLE.test(text), { message: "must not be empty" });

/** A reason given with a flag or a decision, shown to the people concerned. */
const reason = visibleName(1, MAX_REASON_LENGTH);

const uuid = z.string().refine(isUuid, { message: "must be an id" });

/** A tag: NFC, trimmed, lower-cased, 1..40 visible characters. */
const tag = visibleName(1, 40).transform((name) => name.toLowerCase());

const mentionIds = z.array(uuid).max(MAX_MENTIONS).optional();

/** A category's slug: lower-case latin letters, digits and single hyphens; never UUID-shaped. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "lower-case latin letters, digits and hyphens" })
  .refine((value) => !isUuid(value), { message: "must not look like an id" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value.normalize("NFC")))
    .nullable()
    .optional();

export const categoryInput = z.strictObject({
  slug,
  nameAr: arabicName(2, 120),
  nameFr: optionalText(120),
  descriptionAr: z
    .string()
    .trim()
    .max(2_000)
    .transform((value) => value.normalize("NFC"))
    .optional(),
  descriptionFr: optionalText(2_000),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const categoryUpdateInput = categoryInput.partial();

export const debateCreateInput = z.strictObject({
  title: visibleName(3, MAX_TITLE_LENGTH),
  bodyMd: markdownBody,
  categoryId: uuid.nullable(),
  tags: z.array(tag).max(MAX_TAGS).optional(),
  associationId: uuid.nullable(),
  mentionIds,
});

export const debateUpdateInput = z.strictObject({
  title: visibleName(3, MAX_TITLE_LENGTH).optional(),
  bodyMd: markdownBody.optional(),
  tags: z.array(tag).max(MAX_TAGS).optional(),
});

export const replyCreateInput = z.strictObject({
  parentId: uuid.nullable(),
  stance: z.enum(stances),
  bodyMd: markdownBody,
  quoteOfId: uuid.nullable(),
  associationId: uuid.nullable(),
  mentionIds,
});

export const replyUpdateInput = z.strictObject({
  bodyMd: markdownBody.optional(),
  stance: z.enum(stances).optional(),
  mentionIds,
});

export const flagInput = z.strictObject({ reason });
export const moderationReasonInput = z.strictObject({ reason });
export const moveInput = z.strictObject({ categoryId: uuid.nullable() });
export const closeInput = z.strictObject({ conclusionMd: markdownBody });
export const slowModeInput = z.strictObject({
  seconds: z.union([z.number(), wholeNumber()]).pipe(z.number().int().min(0).max(MAX_SLOW_MODE_SECONDS)),
});
export const watchInput = z.strictObject({ debateId: uuid });

export const debateListQuery = z.object({
  category: queryText(80),
  tag: queryText(40).transform((value) => value?.normalize("NFC").toLowerCase()),
  association: queryText(40).refine((value) => value === undefined || isUuid(value), { message: "must be an id" }),
  author: queryText(40).refine((value) => value === undefined || isUuid(value), { message: "must be an id" }),
  status: z.enum(debateStatuses).optional(),
  sort: z.enum(debateSorts).default("activity"),
  page,
  pageSize,
});

export const repliesQuery = z.object({
  parent: queryText(40).refine((value) => value === undefined || isUuid(value), { message: "must be an id" }),
  page,
  pageSize: wholeNumber().pipe(z.number().min(1).max(REPLY_PAGE_SIZE)).default(REPLY_PAGE_SIZE),
});

export const flagQuery = z.object({ status: z.enum(flagStatuses).default("open"), page, pageSize });

export const peopleQuery = z.object({ q: queryText(60) });

/**
 * Parses a request whose Markdown fields (`fields`) may not pass MAX_BODY_LENGTH characters: a longer
 * one is BODY_TOO_LONG naming it, before any other check.
 */
export function parseWithBodies<S extends z.ZodType>(schema: S, input: unknown, fields: readonly string[]) {
  const record = (input ?? {}) as Record<string, unknown>;
  const tooLong = fields.filter((field) => {
    const value = record[field];
    return typeof value === "string" && value.length > MAX_BODY_LENGTH;
  });
  if (tooLong.length > 0) {
    throw new AppError("BODY_TOO_LONG", {
      fields: tooLong.map((path) => ({ path, reason: "too_long" })),
      maxLength: MAX_BODY_LENGTH,
    });
  }
  return parseInput(schema, input);
}

sameShape<z.input<typeof categoryInput>, CategoryInput>(true);
sameShape<z.input<typeof categoryUpdateInput>, CategoryUpdateInput>(true);
sameShape<z.input<typeof debateCreateInput>, DebateCreateInput>(true);
sameShape<z.input<typeof debateUpdateInput>, DebateUpdateInput>(true);
sameShape<z.input<typeof replyCreateInput>, ReplyCreateInput>(true);
sameShape<z.input<typeof replyUpdateInput>, ReplyUpdateInput>(true);
sameShape<z.input<typeof flagInput>, FlagInput>(true);
sameShape<z.input<typeof moderationReasonInput>, ModerationReasonInput>(true);
sameShape<z.input<typeof moveInput>, MoveInput>(true);
sameShape<z.input<typeof closeInput>, CloseInput>(true);
sameShape<z.input<typeof watchInput>, DebateWatchInput>(true);
acceptedQuery<SlowModeInput, z.input<typeof slowModeInput>>(true);
acceptedQuery<DebateListQuery, z.input<typeof debateListQuery>>(true);
acceptedQuery<RepliesQuery, z.input<typeof repliesQuery>>(true);
acceptedQuery<FlagQuery, z.input<typeof flagQuery>>(true);
