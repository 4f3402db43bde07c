import { z } from "zod";
import type { CastBallotInput, VoteDraftInput, VoteDraftPatch } from "../../../common/votes.js";
import { majorityRules, voteMethods, voteStatuses } from "../../../common/votes.js";
import { sameShape } from "../../http/validate.js";

const instant = z.iso.datetime({ offset: true }).nullable();
const label = z.string().trim().normalize("NFC").min(1).max(300);

const draftFields = {
  /** What is put to the vote. */
  title: z.string().trim().normalize("NFC").min(3).max(300),
  /** Markdown source shown above the ballot. */
  description: z.string().trim().normalize("NFC").max(20_000),
  method: z.enum(voteMethods),
  /** The options, in the order shown (single, approval, ranked). */
  options: z.array(label).max(50),
  maxChoices: z.number().int().min(1).max(50).nullable(),
  electorate: z.enum(["associations", "members"]),
  /** A share of the electorate, 0 (excluded) to 1. */
  quorum: z.number().gt(0).max(1).nullable(),
  majority: z.enum(majorityRules),
  secrecy: z.enum(["open", "secret"]),
  results: z.enum(["live", "at_close"]),
  formal: z.boolean(),
  opensAt: instant,
  closesAt: instant,
  subject: z
    .object({
      kind: z.enum(["proposal", "amendment", "session", "programme", "programme_axis", "programme_amendment"]),
      id: z.uuid(),
    })
    .strict()
    .nullable(),
};

/** `POST /api/votes`: a new draft. */
export const voteDraftInput = z
  .object({
    ...draftFields,
    description: draftFields.description.optional(),
    options: draftFields.options.optional(),
    maxChoices: draftFields.maxChoices.optional(),
    electorate: draftFields.electorate.optional(),
    quorum: draftFields.quorum.optional(),
    majority: draftFields.majority.optional(),
    secrecy: draftFields.secrecy.optional(),
    results: draftFields.results.optional(),
    formal: draftFields.formal.optional(),
    opensAt: draftFields.opensAt.optional(),
    closesAt: draftFields.closesAt.optional(),
    subject: draftFields.subject.optional(),
  })
  .strict();

/** `PATCH /api/votes/:id`: any of the draft's fields. */
export const voteDraftPatch = voteDraftInput.partial().strict();

/** A ballot's shape; whether it fits the vote (its method, options, maximum) is the tally's check. */
export const ballotChoice = z.discriminatedUnion("method", [
  z.object({ method: z.literal("for_against_abstain"), choice: z.enum(["for", "against", "abstain"]) }).strict(),
  z.object({ method: z.literal("single"), optionId: z.uuid().nullable() }).strict(),
  z.object({ method: z.literal("approval"), optionIds: z.array(z.uuid()).max(50) }).strict(),
  z.object({ method: z.literal("ranked"), ranking: z.array(z.uuid()).max(50) }).strict(),
]);

/** `POST /api/votes/:id/ballot`: the choice is read apart, so that a malformed one is BALLOT_INVALID. */
export const castBallotInput = z
  .object({
    choice: z.unknown(),
    associationId: z.uuid().optional(),
    receipt: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

/** `vote:cast`: the ballot of `POST /api/votes/:id/ballot`, with the vote's id. */
export const castBallotEvent = castBallotInput.extend({ voteId: z.uuid() }).strict();

/** `GET /api/votes`. */
export const voteQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(voteStatuses).optional(),
});

/** `vote:watch` / `vote:unwatch`. */
export const watchInput = z.object({ voteId: z.uuid() }).strict();

// The request types of common/ and these schemas cannot disagree (checked when compiling).
sameShape<z.input<typeof voteDraftInput>, VoteDraftInput>(true);
sameShape<z.input<typeof voteDraftPatch>, VoteDraftPatch>(true);
sameShape<Omit<z.input<typeof castBallotInput>, "choice">, Omit<CastBallotInput, "choice">>(true);
