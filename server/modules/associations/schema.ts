import { z } from "zod";
import {
  applicationStatuses,
  associationLimits,
  associationStatuses,
  charterKinds,
  regionCodes,
} from "../../../common/associations.js";
import { arabicName, visibleName } from "../../../common/names.js";
import { cleanName } from "../../../common/text.js";
import { MARKDOWN_MAX_LENGTH } from "../../markdown/render.js";
import { email } from "../users/schema.js";

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An association's slug: lower-case latin letters, digits and single hyphens; never UUID-shaped. */
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(associationLimits.slugMin)
  .max(associationLimits.slugMax)
  .regex(new RegExp(associationLimits.slugPattern), { message: "lower-case latin letters, digits and hyphens" })
  .refine((value) => !UUID_LIKE.test(value), { message: "must not look like an id" });

/** Optional free text: blank becomes null (cleared). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

const eligibility = z.object({
  /** Works at national scope. */
  nationalScope: z.boolean(),
  /** Run by volunteers. */
  voluntary: z.boolean(),
  /** Non-profit. */
  nonProfit: z.boolean(),
  /** Independent of political parties. */
  nonPolitical: z.boolean(),
});

const profileFields = {
  /** The association's name in Arabic (required; must contain Arabic letters). */
  nameAr: arabicName(2, associationLimits.nameMax),
  /** Its French name, if any (blank clears it). */
  nameFr: z
    .string()
    .transform(cleanName)
    .pipe(z.union([z.literal(""), visibleName(2, associationLimits.nameMax)]))
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  /** Derived from the names when absent. */
  slug: slug.optional(),
  city: z.string().trim().min(2).max(associationLimits.cityMax),
  regionCode: z.enum(regionCodes),
  /** Ids of active fields of action. */
  fieldIds: z
    .array(z.uuid())
    .min(1)
    .max(10)
    .transform((ids) => [...new Set(ids)]),
  /** 1900 up to the current year. */
  foundedYear: z
    .number()
    .int()
    .min(associationLimits.foundedYearMin)
    .refine((year) => year <= new Date().getFullYear(), { message: "in the future" })
    .nullable()
    .optional(),
  /** Legal registration reference; compared without case or spacing differences. */
  registrationRef: optionalText(60).transform((value) => (value ? value.replace(/\s+/g, " ").toUpperCase() : value)),
  contactEmail: optional(email),
  contactPhone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, { message: "invalid phone" }),
  ),
  website: optional(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(300)),
  /** Markdown source; rendered and sanitised by the server. */
  descriptionMd: z.string().max(associationLimits.descriptionMax).optional(),
  eligibility,
};

export const profileInput = z.object(profileFields);
export type ProfileInput = z.infer<typeof profileInput>;

export const updateInput = z
  .object({ ...profileFields, eligibility: eligibility.partial() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });
export type UpdateInput = z.infer<typeof updateInput>;

export const applicationInput = z.object({
  profile: profileInput,
  /** The charter version in force, accepted by the applicant. */
  charterVersionId: z.uuid({ message: "the charter must be accepted" }),
  /** The internal rules version in force, when one has been published. */
  internalRulesVersionId: z.uuid().optional(),
  /** A first note to the reviewers. */
  note: z.string().trim().max(5000).optional(),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

const note = z.string().trim().min(1).max(5000);
export const reviewNoteInput = z.object({ note: note.optional() });
export const rejectInput = z.object({ reason: note });
export const requestInfoInput = z.object({ note });
export const respondInput = z.object({ note });
export const withdrawInput = z.object({ note: note.optional() });

export const suspendInput = z.object({
  reason: note,
  /** The end of the suspension; null or absent: indefinitely. */
  until: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .nullable()
    .optional(),
});

export const inviteInput = z.object({ email });
export const joinRequestInput = z.object({ message: z.string().trim().max(2000).optional() });
export const memberRoleInput = z.object({ role: z.enum(["member", "representative"]) });
export const delegateInput = z.object({ userId: z.uuid() });
export const charterAcceptInput = z.object({ versionId: z.uuid() });

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(associationLimits.pageSizeMax).default(20);
const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const directoryQuery = z.object({
  page,
  pageSize,
  region: z.enum(regionCodes).optional(),
  city: queryText(associationLimits.cityMax),
  field: queryText(80),
  q: queryText(200),
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export const adminAssociationsQuery = z.object({
  page,
  pageSize,
  status: z.enum(associationStatuses).optional(),
  q: queryText(200),
});

export const applicationQueueQuery = z.object({
  page,
  pageSize,
  status: z.enum(applicationStatuses).optional(),
});

export const joinRequestQuery = z.object({ status: z.enum(["pending", "approved", "rejected"]).optional() });

export const auditQuery = z.object({
  page,
  pageSize,
  action: queryText(80),
  targetType: queryText(80),
  targetId: queryText(80),
  associationId: z.uuid().optional(),
});

export const publishCharterInput = z.object({
  kind: z.enum(charterKinds),
  title: z.string().trim().min(2).max(200),
  bodyMd: z.string().trim().min(1).max(MARKDOWN_MAX_LENGTH),
});

export const fieldCreateInput = z.object({
  /** Stable latin code; derived from the French name when absent. */
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/)
    .optional(),
  nameAr: arabicName(2, 80),
  nameFr: visibleName(2, 80),
});

export const fieldUpdateInput = z
  .object({
    nameAr: arabicName(2, 80).optional(),
    nameFr: visibleName(2, 80).optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });

export const electorateQuery = z.object({
  at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

export const freezeInput = z.object({
  label: z.string().trim().min(2).max(200),
  /** The instant to freeze; now when absent. */
  at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

export const usersQuery = z.object({
  page,
  pageSize,
  q: queryText(200),
  role: z.enum(["admin", "moderator", "member"]).optional(),
});

export const platformRoleInput = z.object({ role: z.enum(["admin", "moderator", "member"]) });
