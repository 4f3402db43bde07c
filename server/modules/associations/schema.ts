import { z } from "zod";
import type {
  ApplicationInput as ApplicationRequest,
  RejectInput,
  RequestInfoInput,
  RespondInput,
  ReviewDecisionInput,
} from "../../../common/applications.js";
import { applicationStatuses } from "../../../common/applications.js";
import type {
  AssociationProfileInput,
  AssociationUpdateInput,
  DirectoryQuery as DirectoryRequest,
  InviteInput,
  JoinRequestInput,
  MemberRoleInput,
  SuspendInput,
} from "../../../common/associations.js";
import { associationLimits, associationStatuses } from "../../../common/associations.js";
import type { CharterAcceptInput } from "../../../common/charter.js";
import type { DelegateInput, DelegateObjectionInput, DelegateRequestInput } from "../../../common/delegate.js";
import { arabicName, visibleName } from "../../../common/names.js";
import { regionCodes } from "../../../common/reference.js";
import { cleanName } from "../../../common/text.js";
import { westernDigits, wholeNumber } from "../../http/numbers.js";
import { isUuid } from "../../http/params.js";
import { page, pageSize, queryText } from "../../http/query.js";
import { acceptedQuery, sameShape } from "../../http/validate.js";
import { email } from "../users/index.js";

/** An association's slug: lower-case latin letters, digits and single hyphens; never UUID-shaped. */
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(associationLimits.slugMin)
  .max(associationLimits.slugMax)
  .regex(new RegExp(associationLimits.slugPattern), { message: "lower-case latin letters, digits and hyphens" })
  .refine((value) => !isUuid(value), { message: "must not look like an id" });

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
  /** 1900 up to the current year; digits typed in any script. */
  foundedYear: wholeNumber()
    .pipe(z.number().min(associationLimits.foundedYearMin))
    .refine((year) => year <= new Date().getFullYear(), { message: "in the future" })
    .nullable()
    .optional(),
  /** Legal registration reference; compared without case or spacing differences. */
  registrationRef: optionalText(60).transform((value) => (value ? value.replace(/\s+/g, " ").toUpperCase() : value)),
  contactEmail: optional(email),
  contactPhone: optional(
    westernDigits(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, { message: "invalid phone" }),
    ),
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
/** Why, in a sentence (optional for representatives, required of an admin settling the office). */
const delegateReason = z.string().trim().min(1).max(1000);
/** `PUT /api/associations/:ref/delegate`: the representative who takes the office now. */
export const delegateInput = z.object({ userId: z.uuid(), reason: delegateReason.optional() });
/** `PUT /api/admin/associations/:ref/delegate`: an admin settles the office, saying why. */
export const adminDelegateInput = z.object({ userId: z.uuid(), reason: delegateReason });
/** `POST /api/associations/:ref/delegate/requests`: the candidate (oneself when omitted) and why. */
export const delegateRequestInput = z.object({ userId: z.uuid().optional(), reason: delegateReason.optional() });
/** `POST /api/associations/:ref/delegate/requests/:id/objection`. */
export const delegateObjectionInput = z.object({ reason: delegateReason.optional() });
export const charterAcceptInput = z.object({ versionId: z.uuid() });

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

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof profileInput>, AssociationProfileInput>(true);
sameShape<z.input<typeof updateInput>, AssociationUpdateInput>(true);
sameShape<z.input<typeof applicationInput>, ApplicationRequest>(true);
sameShape<z.input<typeof reviewNoteInput>, ReviewDecisionInput>(true);
sameShape<z.input<typeof rejectInput>, RejectInput>(true);
sameShape<z.input<typeof requestInfoInput>, RequestInfoInput>(true);
sameShape<z.input<typeof respondInput>, RespondInput>(true);
sameShape<z.input<typeof suspendInput>, SuspendInput>(true);
sameShape<z.input<typeof inviteInput>, InviteInput>(true);
sameShape<z.input<typeof joinRequestInput>, JoinRequestInput>(true);
sameShape<z.input<typeof memberRoleInput>, MemberRoleInput>(true);
sameShape<z.input<typeof delegateInput>, DelegateInput>(true);
sameShape<z.input<typeof adminDelegateInput>, Required<DelegateInput>>(true);
sameShape<z.input<typeof delegateRequestInput>, DelegateRequestInput>(true);
sameShape<z.input<typeof delegateObjectionInput>, DelegateObjectionInput>(true);
sameShape<z.input<typeof charterAcceptInput>, CharterAcceptInput>(true);
acceptedQuery<DirectoryRequest, z.input<typeof directoryQuery>>(true);
