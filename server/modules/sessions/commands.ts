import { randomUUID } from "node:crypto";
import type { Role } from "../../../common/api.js";
import {
  type AgendaItem,
  applyEvent,
  type Floor,
  type LiveState,
  type Poll,
  type SessionCommand,
  type SessionEventBody,
  type SpeakerRequest,
  spokenMs,
} from "../../../common/sessions.js";
import { insertRequest, moveRequest, orderQueue } from "../../../common/speakers.js";
import type { Tx } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { openProposalVote } from "../proposals/index.js";
import { closeVote, createVote, openVote } from "../votes/index.js";
import { electorateIdsNow, quorumOf, representedAssociations } from "./quorum.js";
import { scopedVoteBasis } from "./scope.js";

/** Who acts: a person (with their platform role), or the server itself (a speaker's time running out). */
export type CommandActor = { id: string; name: string; moderator: boolean; role: Role } | "system";

/** A command the server gives itself when a speaker's deadline passes. */
export type SystemCommand = { action: "time_up"; startedAt: string };

/** INVALID_STATE with the reason the client shows (the moderator sees why). */
const refused = (reason: string, details: Record<string, unknown> = {}) =>
  new AppError("INVALID_STATE", { reason, ...details });

/**
 * Decides what a command changes: the events it makes, each applied in turn to the state (a later
 * step sees what an earlier one did). Throws an AppError, changing nothing, when the command does not
 * fit the state. Reads from `tx` what the state does not hold (the electorate, a person's associations,
 * a poll's ballots) and writes ballots.
 */
export async function decide(
  tx: Tx,
  context: { sessionId: string; state: LiveState; actor: CommandActor; now: Date },
  command: SessionCommand | SystemCommand,
): Promise<{ state: LiveState; events: SessionEventBody[] }> {
  const { sessionId, actor, now } = context;
  let state = context.state;
  const events: SessionEventBody[] = [];
  const emit = (event: SessionEventBody) => {
    events.push(event);
    state = applyEvent(state, event);
  };
  const at = now.toISOString();
  const person = actor === "system" ? null : actor;
  const endFloor = () => {
    if (!state.floor) return;
    // A pause is not part of the speech: the time spoken leaves it out.
    const durationSeconds = Math.round(spokenMs(state.floor, now.getTime()) / 1000);
    emit({ type: "floor.ended", payload: { at, userId: state.floor.userId, durationSeconds } });
  };
  const rules = () => ({ alternate: state.alternate, spoken: state.spoken });
  const refreshQuorum = async () => {
    const electorateIds = await electorateIdsNow(tx, now);
    return quorumOf(electorateIds, state.attendance, state.quorumShare);
  };

  switch (command.action) {
    case "time_up": {
      // Only the floor this timer was set for, still running past its deadline, and still live.
      const floor = state.floor;
      if (!floor || floor.startedAt !== command.startedAt || floor.overran || !floor.deadline) break;
      if (Date.parse(floor.deadline) > now.getTime() || state.status !== "live") break;
      emit({ type: "floor.time_up", payload: { at } });
      break;
    }
    case "open":
      emit({ type: "session.opened", payload: { at } });
      break;
    case "start":
      emit({ type: "session.started", payload: { at } });
      emit({ type: "quorum.changed", payload: { quorum: await refreshQuorum() } });
      if (!state.currentItemId && state.agenda[0]) {
        emit({ type: "item.started", payload: { itemId: state.agenda[0].id, at, dropped: [] } });
      }
      break;
    case "pause": {
      const remainingMs = state.floor?.deadline ? Math.max(0, Date.parse(state.floor.deadline) - now.getTime()) : null;
      emit({ type: "session.paused", payload: { at, remainingMs } });
      break;
    }
    case "resume": {
      const deadline = state.floor ? new Date(now.getTime() + state.floor.remainingMs).toISOString() : null;
      emit({ type: "session.resumed", payload: { at, deadline } });
      break;
    }
    case "end":
      endFloor();
      for (const poll of state.polls.filter((p) => p.status === "open")) await closePoll(tx, poll, emit, at, person);
      emit({ type: "session.ended", payload: { at } });
      break;
    case "settings": {
      const alternate = command.alternate ?? state.alternate;
      const queue =
        alternate && !state.alternate ? orderQueue(state.queue, { alternate, spoken: state.spoken }) : state.queue;
      emit({
        type: "settings.changed",
        payload: { speakerSeconds: command.speakerSeconds ?? state.speakerSeconds, alternate, queue },
      });
      break;
    }
    case "agenda": {
      const known = new Map(state.agenda.map((item) => [item.id, item]));
      if (command.items.some((item) => item.id && !known.has(item.id))) throw refused("unknown_item");
      const proposalIds = [...new Set(command.items.flatMap((item) => (item.proposalId ? [item.proposalId] : [])))];
      if ((await tx.proposal.count({ where: { id: { in: proposalIds } } })) !== proposalIds.length) {
        throw new AppError("VALIDATION_FAILED", { fields: [{ path: "items", reason: "unknown_proposal" }] });
      }
      const agenda: AgendaItem[] = command.items.map((item) => {
        const before = item.id ? known.get(item.id) : undefined;
        return {
          id: before?.id ?? randomUUID(),
          title: item.title,
          budgetMinutes: item.budgetMinutes,
          proposalId: item.proposalId ?? null,
          startedAt: before?.startedAt ?? null,
          endedAt: before?.endedAt ?? null,
          notesMd: before?.notesMd ?? "",
        };
      });
      // An item already taken stays on the agenda (the minutes name it).
      if (state.agenda.some((item) => item.startedAt && !agenda.some((kept) => kept.id === item.id))) {
        throw refused("item_taken");
      }
      emit({ type: "agenda.set", payload: { agenda } });
      break;
    }
    case "item": {
      if (!state.agenda.some((item) => item.id === command.itemId)) throw refused("unknown_item");
      if (state.currentItemId === command.itemId) throw refused("current_item");
      endFloor();
      emit({ type: "item.started", payload: { itemId: command.itemId, at, dropped: state.queue } });
      break;
    }
    case "notes":
      if (!state.agenda.some((item) => item.id === command.itemId)) throw refused("unknown_item");
      emit({ type: "item.notes", payload: { itemId: command.itemId, notesMd: command.notesMd } });
      break;
    case "request": {
      if (!person) break;
      if (!state.currentItemId) throw refused("no_item");
      const pointOfOrder = command.type === "point_of_order";
      const waiting = state.queue.filter((request) => request.userId === person.id);
      if (waiting.some((request) => (request.type === "point_of_order") === pointOfOrder)) {
        throw new AppError("CONFLICT", { reason: "already_requested" });
      }
      const represented = await representedAssociations(
        tx,
        person.id,
        command.associationId ? [command.associationId] : await electorateIdsNow(tx, now),
      );
      if (command.associationId && represented.length === 0)
        throw new AppError("FORBIDDEN", { reason: "not_representative" });
      const association = represented[0] ?? null;
      const request: SpeakerRequest = {
        id: randomUUID(),
        userId: person.id,
        name: person.name,
        associationId: association?.id ?? null,
        associationName: association?.nameAr ?? null,
        type: command.type,
        requestedAt: at,
      };
      emit({ type: "speaker.requested", payload: { queue: insertRequest(state.queue, request, rules()), request } });
      break;
    }
    case "withdraw": {
      const request = state.queue.find((entry) => entry.id === command.requestId);
      if (!request) throw refused("not_in_list");
      if (person && request.userId !== person.id && !person.moderator) throw new AppError("FORBIDDEN");
      emit({
        type: "speaker.withdrawn",
        payload: {
          queue: state.queue.filter((entry) => entry.id !== command.requestId),
          requestId: command.requestId,
          byModerator: !!person && request.userId !== person.id,
        },
      });
      break;
    }
    case "move": {
      const queue = moveRequest(state.queue, command.requestId, command.toIndex);
      if (!queue) throw refused("not_in_list");
      emit({ type: "speaker.moved", payload: { queue } });
      break;
    }
    case "give": {
      const request = command.requestId ? state.queue.find((entry) => entry.id === command.requestId) : state.queue[0];
      if (!request) throw refused(command.requestId ? "not_in_list" : "list_empty");
      endFloor();
      const { requestedAt: _requestedAt, ...speaker } = request;
      const limitMs = state.speakerSeconds * 1000;
      const floor: Floor = {
        ...speaker,
        startedAt: at,
        deadline: new Date(now.getTime() + limitMs).toISOString(),
        remainingMs: limitMs,
        overran: false,
      };
      emit({ type: "floor.given", payload: { floor, queue: state.queue.filter((entry) => entry.id !== request.id) } });
      break;
    }
    case "extend": {
      const floor = state.floor;
      if (!floor) throw refused("no_floor");
      const by = command.seconds * 1000;
      if (floor.deadline) {
        const deadline = Math.max(Date.parse(floor.deadline), now.getTime()) + by;
        emit({
          type: "floor.extended",
          payload: {
            deadline: new Date(deadline).toISOString(),
            remainingMs: deadline - now.getTime(),
            bySeconds: command.seconds,
          },
        });
      } else {
        emit({
          type: "floor.extended",
          payload: { deadline: null, remainingMs: floor.remainingMs + by, bySeconds: command.seconds },
        });
      }
      break;
    }
    case "stop":
      if (!state.floor) throw refused("no_floor");
      endFloor();
      break;
    case "check_in":
    case "check_out": {
      if (!person) break;
      const userId = command.userId ?? person.id;
      const present = state.attendance.some((entry) => entry.userId === userId);
      const electorateIds = await electorateIdsNow(tx, now);
      if (command.action === "check_out") {
        if (!present) throw refused("not_checked_in");
        const attendance = state.attendance.filter((entry) => entry.userId !== userId);
        emit({
          type: "attendance.changed",
          payload: { attendee: null, userId, quorum: quorumOf(electorateIds, attendance, state.quorumShare) },
        });
        break;
      }
      if (present) throw new AppError("CONFLICT", { reason: "already_checked_in" });
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
      if (!user) throw new AppError("NOT_FOUND");
      const represented = await representedAssociations(tx, userId, electorateIds);
      const attendee = {
        userId,
        name: user.name,
        associationIds: represented.map((association) => association.id),
        checkedInAt: at,
        byModerator: userId !== person.id,
      };
      emit({
        type: "attendance.changed",
        payload: {
          attendee,
          userId,
          quorum: quorumOf(electorateIds, [...state.attendance, attendee], state.quorumShare),
        },
      });
      break;
    }
    case "poll_open": {
      if (state.polls.some((poll) => poll.status === "open")) throw refused("poll_open");
      let quorumAtOpen = null;
      // A session held by an assembly: the assembly's quorum and proxies decide, at the vote's opening.
      const basis = command.kind === "formal" ? await scopedVoteBasis(tx, sessionId, state.currentItemId) : null;
      if (command.kind === "formal" && !basis) {
        const quorum = await refreshQuorum();
        if (!quorum.met) {
          throw refused("quorum_not_met", {
            present: quorum.present,
            required: quorum.required,
            electorate: quorum.electorate,
          });
        }
        quorumAtOpen = quorum;
      }
      const item = state.agenda.find((entry) => entry.id === state.currentItemId) ?? null;
      // A formal vote on an item with a proposal is the proposal's own vote: the proposals module's
      // policy and settings, and its close adopts or rejects the proposal and goes to the register.
      const proposalVote =
        command.kind === "formal" && item?.proposalId && person
          ? await openProposalVote(tx, { id: person.id, role: person.role }, item.proposalId, {
              secrecy: "open",
              results: command.results,
              basis,
            })
          : null;
      const question = proposalVote?.title ?? command.question;
      if (!question || (!proposalVote && !command.options)) {
        throw new AppError("VALIDATION_FAILED", {
          fields: [{ path: question ? "options" : "question", reason: "required" }],
        });
      }
      let options = proposalVote
        ? proposalChoices.map((id) => ({ id, label: proposalChoiceLabels[id] }))
        : (command.options ?? []).map((label, index) => ({ id: `o${index + 1}`, label }));
      let voteId: string | null = proposalVote?.voteId ?? null;
      if (command.kind === "formal" && person && !proposalVote) {
        // A formal vote is the votes module's: one ballot per association (its primary delegate),
        // the electorate frozen at the opening, the result in the register of decisions.
        const vote = await createVote(tx, {
          title: question,
          method: "single",
          options: command.options ?? [],
          secrecy: "open",
          results: command.results,
          formal: true,
          subject: { kind: "session", id: sessionId },
          createdById: person.id,
          ...(basis ?? {}),
        });
        await openVote(tx, vote.id, { id: person.id, role: "moderator" });
        const rows = await tx.voteOption.findMany({ where: { voteId: vote.id }, orderBy: { position: "asc" } });
        options = rows.map((row) => ({ id: row.id, label: row.label }));
        voteId = vote.id;
      }
      const poll: Poll = {
        id: randomUUID(),
        question,
        kind: command.kind,
        results: command.results,
        options,
        status: "open",
        itemId: item?.id ?? null,
        proposalId: item?.proposalId ?? null,
        openedAt: at,
        closedAt: null,
        cast: 0,
        // A vote of the votes module is counted there (its page shows it live): the session has its figures at the close.
        counts:
          command.results === "live" && !voteId ? Object.fromEntries(options.map((option) => [option.id, 0])) : null,
        quorumAtOpen,
        voteId,
      };
      emit({ type: "poll.opened", payload: { poll } });
      break;
    }
    case "poll_vote": {
      if (!person) break;
      const poll = state.polls.find((entry) => entry.id === command.pollId);
      if (!poll) throw new AppError("NOT_FOUND");
      if (poll.status !== "open") throw refused("poll_closed");
      if (!poll.options.some((option) => option.id === command.optionId)) {
        throw new AppError("VALIDATION_FAILED", { fields: [{ path: "optionId", reason: "unknown_option" }] });
      }
      if (poll.voteId) throw refused("formal_vote", { voteId: poll.voteId });
      if (poll.kind === "formal" && !state.attendance.some((entry) => entry.userId === person.id)) {
        throw refused("not_checked_in");
      }
      await tx.liveSessionBallot.upsert({
        where: { pollId_userId: { pollId: poll.id, userId: person.id } },
        create: { pollId: poll.id, userId: person.id, sessionId, optionId: command.optionId },
        update: { optionId: command.optionId, at: now },
      });
      const counts = await countBallots(tx, poll);
      emit({
        type: "poll.tallied",
        payload: { pollId: poll.id, cast: sum(counts), counts: poll.results === "live" ? counts : null },
      });
      break;
    }
    case "poll_close": {
      const poll = state.polls.find((entry) => entry.id === command.pollId);
      if (!poll) throw new AppError("NOT_FOUND");
      if (poll.status !== "open") throw refused("poll_closed");
      await closePoll(tx, poll, emit, at, person);
      break;
    }
    case "chat": {
      if (!person) break;
      if (state.muted.includes(person.id)) throw new AppError("FORBIDDEN", { reason: "muted" });
      emit({
        type: "chat.posted",
        payload: { message: { id: randomUUID(), userId: person.id, name: person.name, text: command.text, at } },
      });
      break;
    }
    case "chat_delete":
      if (!state.chat.some((message) => message.id === command.messageId)) throw new AppError("NOT_FOUND");
      emit({ type: "chat.deleted", payload: { messageId: command.messageId } });
      break;
    case "mute":
      if (state.muted.includes(command.userId) === command.muted)
        throw refused(command.muted ? "already_muted" : "not_muted");
      emit({ type: "participant.muted", payload: { userId: command.userId, muted: command.muted } });
      break;
  }
  return { state, events };
}

/** A proposal's vote: for, against, abstain (the client names them in its language). */
const proposalChoices = ["for", "against", "abstain"] as const;
const proposalChoiceLabels = { for: "مع", against: "ضد", abstain: "امتناع" } as const;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/** A poll's count per option, from its stored ballots (one per person). */
async function countBallots(tx: Tx, poll: Poll): Promise<Record<string, number>> {
  const rows = await tx.liveSessionBallot.groupBy({
    by: ["optionId"],
    where: { pollId: poll.id },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(poll.options.map((option) => [option.id, 0]));
  for (const row of rows) counts[row.optionId] = row._count._all;
  return counts;
}

/** The option with the most ballots, `tie` when two or more share it, `none` without ballots. */
export function pollOutcome(counts: Record<string, number>): string {
  const best = Math.max(0, ...Object.values(counts));
  if (best === 0) return "none";
  const winners = Object.keys(counts).filter((id) => counts[id] === best);
  return winners.length === 1 ? winners[0]! : "tie";
}

async function closePoll(
  tx: Tx,
  poll: Poll,
  emit: (event: SessionEventBody) => void,
  at: string,
  by: { id: string } | null,
) {
  if (poll.voteId) {
    const result = await closeVote(tx, poll.voteId, by ? { id: by.id, role: "moderator" } : "schedule");
    const counts = Object.fromEntries(poll.options.map((option) => [option.id, 0]));
    for (const option of result.options ?? []) counts[option.id] = option.count;
    if (result.figures) Object.assign(counts, result.figures);
    emit({ type: "poll.closed", payload: { pollId: poll.id, at, cast: result.cast, counts, outcome: result.outcome } });
    return;
  }
  const counts = await countBallots(tx, poll);
  emit({
    type: "poll.closed",
    payload: { pollId: poll.id, at, cast: sum(counts), counts, outcome: pollOutcome(counts) },
  });
}
