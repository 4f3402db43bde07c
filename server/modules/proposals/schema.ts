import { z } from "zod";
import { visibleName } from "../../../common/names.js";
import {
  type AmendmentInput,
  type ProposalCreateInput,
  type ProposalListQuery,
  type ProposalReasonInput,
  type ProposalUpdateInput,
  type ProposalVoteInput,
  type ProposalWatchInput,
  proposalLimits,
  proposalStates,
} from "../../../common/proposals.js";
import { cleanName, nameProblem } from "../../../common/text.js";
import { wholeNumber } from "../../http/numbers.js";
import { UUID } from "../../http/params.js";
import { page, pageSize } from "../../http/query.js";
import { acceptedQuery, sameShape } from "../../http/validate.js";

/** Markdown text that must show something: NFC, at most `max` characters, a visible letter or digit. */
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize("NFC"))
    .pipe(
      z
        .string()
        .max(max)
        .refine((value) => nameProblem(cleanName(value)) !== "no_visible_letters", {
          message: "no_visible_letters",
        }),
    );

const title = visibleName(3, proposalLimits.titleMax);
const body = text(proposalLimits.bodyMax);
const uuid = z.string().regex(UUID, { message: "not an id" });

/** A new draft: its title, text, author association and (optional) debate category. */
export const createInput = z
  .object({ title, bodyMd: body, associationId: uuid, categoryId: uuid.nullable().optional() })
  .strict();
sameShape<z.input<typeof createInput>, ProposalCreateInput>(true);

/** A draft's changes. */
export const updateInput = z
  .object({ title: title.optional(), bodyMd: body.optional(), categoryId: uuid.nullable().optional() })
  .strict();
sameShape<z.input<typeof updateInput>, ProposalUpdateInput>(true);

/** A reason for a step (optional: withdrawing, an amendment's decision). */
export const reasonInput = z.object({ reason: text(proposalLimits.reasonMax).optional() }).strict();
sameShape<z.input<typeof reasonInput>, ProposalReasonInput>(true);

/** A reason that must be given (not admissible). */
export const requiredReasonInput = z.object({ reason: text(proposalLimits.reasonMax) }).strict();

const rationale = z.string().trim().max(proposalLimits.rationaleMax).optional();

/** An amendment: the whole new text, or one passage of the current text and what replaces it. */
export const amendmentInput = z.discriminatedUnion("kind", [
  z.object({ associationId: uuid, kind: z.literal("full"), bodyMd: body, rationale }).strict(),
  z
    .object({
      associationId: uuid,
      kind: z.literal("passage"),
      passage: z.string().min(1).max(proposalLimits.passageMax),
      replacement: z.string().max(proposalLimits.passageMax),
      rationale,
    })
    .strict(),
]);
sameShape<z.input<typeof amendmentInput>, AmendmentInput>(true);

/** A vote's settings a moderator may change from the defaults. */
export const voteInput = z
  .object({
    majority: z.enum(["simple", "absolute", "two_thirds_cast", "two_thirds_electorate"]).optional(),
    quorum: z.number().gt(0).max(1).nullable().optional(),
    secrecy: z.enum(["open", "secret"]).optional(),
    electorate: z.enum(["associations", "members"]).optional(),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
sameShape<z.input<typeof voteInput>, ProposalVoteInput>(true);

/** `GET /api/proposals`. */
export const listQuery = z.object({
  state: z.enum(proposalStates).optional(),
  category: uuid.optional(),
  association: uuid.optional(),
  page,
  pageSize,
});
acceptedQuery<ProposalListQuery, z.input<typeof listQuery>>(true);

/** `GET /api/proposals/:id/diff?from=&to=`. */
export const diffQuery = z.object({ from: wholeNumber(), to: wholeNumber() });

/** `proposal:watch` / `proposal:unwatch`. */
export const watchInput = z.strictObject({ proposalId: uuid });
sameShape<z.input<typeof watchInput>, ProposalWatchInput>(true);
