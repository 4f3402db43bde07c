import { z } from "zod";
import { visibleName } from "../../../common/names.js";
import {
  type ActionUpdateInput,
  actionStatuses,
  programmeLimits as limits,
  type ProgrammeAmendmentInput,
  type ProgrammeCreateInput,
  type ProgrammeDocumentInput,
  type ProgrammeListQuery,
  type ProgrammeSettingsInput,
  type ProgrammeVoteInput,
  programmeStatuses,
} from "../../../common/programmes.js";
import { cleanName, nameProblem } from "../../../common/text.js";
import { UUID } from "../../http/params.js";
import { page, pageSize } from "../../http/query.js";
import { acceptedQuery, sameShape } from "../../http/validate.js";

const uuid = z.string().regex(UUID, { message: "not an id" });

/** Text that must show something: NFC, at most `max` characters, a visible letter or digit. */
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
/** Text that may be empty (then it must not be blank spaces only). */
const optionalText = (max: number) => z.string().trim().normalize("NFC").max(max);

const title = visibleName(3, limits.titleMax);
/** A calendar day, YYYY-MM-DD, that exists. */
const day = z.iso.date();
const distinctIds = (max: number, min = 0) =>
  z
    .array(uuid)
    .min(min)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "duplicate" });

/** An action: what it aims at, who leads it, when, for how much, measured how. */
const actionInput = z
  .object({
    id: uuid.optional(),
    title,
    objective: text(limits.objectiveMax),
    leadAssociationIds: distinctIds(limits.leadsMax, 1),
    partners: optionalText(limits.partnersMax).optional(),
    startDate: day,
    endDate: day,
    budget: z.number().int().min(0).max(limits.budgetMax).nullable().optional(),
    indicators: z.array(visibleName(2, limits.indicatorMax)).max(limits.indicatorsMax).optional(),
  })
  .strict()
  .refine((action) => action.startDate <= action.endDate, { message: "before_start", path: ["endDate"] });

const axisInput = z
  .object({
    id: uuid.optional(),
    title,
    descriptionMd: optionalText(limits.descriptionMax).optional(),
    actions: z.array(actionInput).min(1).max(limits.actionsPerAxisMax),
  })
  .strict();

const period = <T extends { periodStart: string; periodEnd: string }>(value: T) => value.periodStart <= value.periodEnd;

/** A new programme: its title, period, introduction and committee. */
export const createInput = z
  .object({
    title,
    periodStart: day,
    periodEnd: day,
    introductionMd: optionalText(limits.introductionMax).optional(),
    committeeIds: distinctIds(limits.committeeMax, 1),
    assemblyId: uuid.nullable().optional(),
  })
  .strict()
  .refine(period, { message: "before_start", path: ["periodEnd"] });
sameShape<z.input<typeof createInput>, ProgrammeCreateInput>(true);

/** The whole document, as the committee's editor sends it. */
export const documentInput = z
  .object({
    title,
    periodStart: day,
    periodEnd: day,
    introductionMd: optionalText(limits.introductionMax),
    axes: z.array(axisInput).max(limits.axesMax),
  })
  .strict()
  .refine(period, { message: "before_start", path: ["periodEnd"] });
sameShape<z.input<typeof documentInput>, ProgrammeDocumentInput>(true);

export const settingsInput = z
  .object({ committeeIds: distinctIds(limits.committeeMax, 1).optional(), assemblyId: uuid.nullable().optional() })
  .strict();
sameShape<z.input<typeof settingsInput>, ProgrammeSettingsInput>(true);

const rationale = optionalText(limits.rationaleMax).optional();
const target = {
  associationId: uuid,
  targetKind: z.enum(["introduction", "axis", "action"]),
  targetId: uuid.nullable().optional(),
  field: z.enum(["introductionMd", "title", "descriptionMd", "objective"]),
  rationale,
};

/** An amendment to one text of the programme: the whole new text, or a passage replaced. */
export const amendmentInput = z.discriminatedUnion("kind", [
  z.object({ ...target, kind: z.literal("full"), text: text(limits.introductionMax) }).strict(),
  z
    .object({
      ...target,
      kind: z.literal("passage"),
      passage: z.string().min(1).max(limits.passageMax),
      replacement: z.string().max(limits.passageMax),
    })
    .strict(),
]);
sameShape<z.input<typeof amendmentInput>, ProgrammeAmendmentInput>(true);

/** A lead association's dated update of an action. */
export const updateInput = z
  .object({
    associationId: uuid,
    status: z.enum(actionStatuses),
    progress: z.number().int().min(0).max(100),
    note: text(limits.noteMax),
    droppedReason: text(limits.reasonMax).optional(),
  })
  .strict()
  .refine((update) => update.status !== "dropped" || Boolean(update.droppedReason), {
    message: "required_when_dropped",
    path: ["droppedReason"],
  })
  .refine((update) => update.status !== "done" || update.progress === 100, {
    message: "done_is_100",
    path: ["progress"],
  });
sameShape<z.input<typeof updateInput>, ActionUpdateInput>(true);

export const voteInput = z
  .object({
    majority: z.enum(["simple", "absolute", "two_thirds_cast", "two_thirds_electorate"]).optional(),
    secrecy: z.enum(["open", "secret"]).optional(),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
sameShape<z.input<typeof voteInput>, ProgrammeVoteInput>(true);

/** `GET /api/programmes`. */
export const listQuery = z.object({ status: z.enum(programmeStatuses).optional(), page, pageSize });
acceptedQuery<ProgrammeListQuery, z.input<typeof listQuery>>(true);
