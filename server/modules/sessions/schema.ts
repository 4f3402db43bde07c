import { z } from "zod";
import { visibleName } from "../../../common/names.js";
import {
  type CreateSessionInput,
  type SessionCommand,
  sessionLimits,
  type UpdateSessionInput,
} from "../../../common/sessions.js";
import { page, pageSize } from "../../http/query.js";
import { sameShape } from "../../http/validate.js";
import { MARKDOWN_MAX_LENGTH } from "../../markdown/render.js";

const title = visibleName(1, sessionLimits.titleMax);
const agendaEntry = z
  .object({
    id: z.uuid().optional(),
    title,
    budgetMinutes: z.number().int().min(1).max(600),
    proposalId: z.uuid().nullable().optional(),
  })
  .strict();

/** `POST /api/sessions`. */
export const createSessionInput = z
  .object({
    title,
    descriptionMd: z.string().max(Math.min(MARKDOWN_MAX_LENGTH, sessionLimits.descriptionMax)).optional(),
    debateId: z.uuid().nullable().optional(),
    proposalIds: z.array(z.uuid()).max(20).optional(),
    scheduledAt: z.iso.datetime({ offset: true }),
    visibility: z.enum(["members", "public"]).optional(),
    moderatorIds: z.array(z.uuid()).max(20).optional(),
    speakerSeconds: z
      .number()
      .int()
      .min(sessionLimits.speakerSecondsMin)
      .max(sessionLimits.speakerSecondsMax)
      .optional(),
    quorumShare: z.number().min(0).max(1).optional(),
    agenda: z
      .array(agendaEntry.omit({ id: true }))
      .max(sessionLimits.agendaMax)
      .optional(),
  })
  .strict();
sameShape<z.input<typeof createSessionInput>, CreateSessionInput>(true);

/** `PATCH /api/sessions/:id`: the details a moderator may change before the end (each optional). */
export const updateSessionInput = z
  .object({
    title: title.optional(),
    descriptionMd: z.string().max(Math.min(MARKDOWN_MAX_LENGTH, sessionLimits.descriptionMax)).optional(),
    scheduledAt: z.iso.datetime({ offset: true }).optional(),
    visibility: z.enum(["members", "public"]).optional(),
  })
  .strict();
sameShape<z.input<typeof updateSessionInput>, UpdateSessionInput>(true);

/** `GET /api/sessions`. */
export const sessionListQuery = z.object({
  status: z.enum(["upcoming", "live", "ended"]).optional(),
  page,
  pageSize,
});

const pollText = visibleName(1, 300);

/** `session:act`: every action a moderator or a participant takes. */
export const sessionCommand = z.discriminatedUnion("action", [
  z.object({ action: z.literal("open") }).strict(),
  z.object({ action: z.literal("start") }).strict(),
  z.object({ action: z.literal("pause") }).strict(),
  z.object({ action: z.literal("resume") }).strict(),
  z.object({ action: z.literal("end") }).strict(),
  z
    .object({
      action: z.literal("settings"),
      speakerSeconds: z
        .number()
        .int()
        .min(sessionLimits.speakerSecondsMin)
        .max(sessionLimits.speakerSecondsMax)
        .optional(),
      alternate: z.boolean().optional(),
    })
    .strict(),
  z.object({ action: z.literal("agenda"), items: z.array(agendaEntry).max(sessionLimits.agendaMax) }).strict(),
  z.object({ action: z.literal("item"), itemId: z.uuid() }).strict(),
  z.object({ action: z.literal("notes"), itemId: z.uuid(), notesMd: z.string().max(sessionLimits.notesMax) }).strict(),
  z
    .object({
      action: z.literal("request"),
      type: z.enum(["contribution", "for", "against", "point_of_order", "answer"]),
      associationId: z.uuid().nullable().optional(),
    })
    .strict(),
  z.object({ action: z.literal("withdraw"), requestId: z.uuid() }).strict(),
  z.object({ action: z.literal("move"), requestId: z.uuid(), toIndex: z.number().int().min(0).max(10_000) }).strict(),
  z.object({ action: z.literal("give"), requestId: z.uuid().optional() }).strict(),
  z.object({ action: z.literal("extend"), seconds: z.number().int().min(5).max(1_800) }).strict(),
  z.object({ action: z.literal("stop") }).strict(),
  z.object({ action: z.literal("check_in"), userId: z.uuid().optional() }).strict(),
  z.object({ action: z.literal("check_out"), userId: z.uuid().optional() }).strict(),
  z
    .object({
      action: z.literal("poll_open"),
      question: pollText.optional(),
      options: z.array(visibleName(1, 120)).min(2).max(sessionLimits.pollOptionsMax).optional(),
      kind: z.enum(["straw", "formal"]),
      results: z.enum(["live", "at_close"]),
    })
    .strict(),
  z.object({ action: z.literal("poll_vote"), pollId: z.uuid(), optionId: z.string().min(1).max(40) }).strict(),
  z.object({ action: z.literal("poll_close"), pollId: z.uuid() }).strict(),
  z
    .object({
      action: z.literal("chat"),
      text: z
        .string()
        .transform((text) => text.normalize("NFC").trim())
        .pipe(
          z
            .string()
            .min(1)
            .max(sessionLimits.chatMax)
            .regex(/[\p{L}\p{N}\p{So}\p{P}]/u),
        ),
    })
    .strict(),
  z.object({ action: z.literal("chat_delete"), messageId: z.uuid() }).strict(),
  z.object({ action: z.literal("mute"), userId: z.uuid(), muted: z.boolean() }).strict(),
]);
sameShape<z.input<typeof sessionCommand>, SessionCommand>(true);

/** `session:act`'s payload. */
export const actPayload = z.object({ sessionId: z.uuid(), command: sessionCommand }).strict();
/** `session:join`'s payload: `since` is the last sequence number the client applied. */
export const joinPayload = z.object({ sessionId: z.uuid(), since: z.number().int().min(0).optional() }).strict();
export const leavePayload = z.object({ sessionId: z.uuid() }).strict();
export const reactPayload = z
  .object({ sessionId: z.uuid(), reaction: z.enum(["applause", "agree", "disagree", "question"]) })
  .strict();
