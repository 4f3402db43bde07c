import { useState } from "preact/hooks";
import type { Ack } from "../../../common/realtime.js";
import type { SessionFeed } from "../../../common/session-feed.js";
import {
  type LiveState,
  type Poll,
  reactions,
  type SessionActAnswer,
  type SessionCommand,
  type SpeechType,
  sessionLimits,
  speechTypes,
} from "../../../common/sessions.js";
import { placeOf } from "../../../common/speakers.js";
import type { BallotChoice } from "../../../common/tally.js";
import { type MessageKey, type Translate, useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { castBallotLive } from "../votes/api.js";
import { clock, useTicker } from "./live.js";

export type Act = (command: SessionCommand) => Promise<Ack<SessionActAnswer>>;

/** The message for a refused action: the reason the server gave when there is one, else its code's. */
export function refusal(answer: Ack<SessionActAnswer>, t: Translate): string | null {
  if (answer.ok) return null;
  const reason = answer.error.details?.reason;
  if (typeof reason === "string") {
    const key = `sessions.reason.${reason}` as MessageKey;
    const text = t(key);
    if (text !== key) {
      if (reason === "quorum_not_met") {
        return t("sessions.reason.quorum_not_met", {
          present: Number(answer.error.details?.present ?? 0),
          required: Number(answer.error.details?.required ?? 0),
        });
      }
      return text;
    }
  }
  return t(`errors.${answer.error.code}` as MessageKey);
}

/** Runs an action and keeps the last refusal to show (announced to screen readers). */
export function useAction(act: Act) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (command: SessionCommand) => {
    const answer = await act(command);
    setMessage(refusal(answer, t));
    return answer.ok;
  };
  return { run, message, clear: () => setMessage(null) };
}

export function ActionMessage({ message }: { message: string | null }) {
  return (
    <p class={message ? "notice notice-error" : "visually-hidden"} role="status" aria-live="polite">
      {message ?? ""}
    </p>
  );
}

/** Who has the floor and the time left, by the server's deadline. */
export function FloorPanel({ state, feed, large }: { state: LiveState; feed: SessionFeed; large?: boolean }) {
  const { t } = useI18n();
  const floor = state.floor;
  useTicker(!!floor?.deadline);
  if (!floor) {
    return (
      <section class={large ? "live-floor live-floor-large" : "live-floor"} aria-labelledby="floor-title">
        <h2 id="floor-title">{t("sessions.floor")}</h2>
        <p class="muted">{t("sessions.floorEmpty")}</p>
      </section>
    );
  }
  const left = floor.deadline ? feed.remainingMs(floor.deadline) : floor.remainingMs;
  return (
    <section class={large ? "live-floor live-floor-large" : "live-floor"} aria-labelledby="floor-title">
      <h2 id="floor-title">{t("sessions.floor")}</h2>
      <p class="live-speaker">
        <bdi>{floor.name}</bdi>
        {floor.associationName && (
          <span class="muted">
            {" "}
            — <bdi>{floor.associationName}</bdi>
          </span>
        )}
      </p>
      <p class="badge">{t(`sessions.type.${floor.type}` as MessageKey)}</p>
      <p class={left <= 0 ? "live-countdown live-countdown-over" : "live-countdown"}>
        <span class="visually-hidden">{t("sessions.timeLeft")}: </span>
        <time dir="ltr">{clock(left)}</time>
      </p>
      {!floor.deadline && <p class="muted">{t("sessions.paused")}</p>}
    </section>
  );
}

/** The agenda, the current item marked. */
export function AgendaPanel({ state, onGo }: { state: LiveState; onGo?: (itemId: string) => void }) {
  const { t } = useI18n();
  return (
    <section class="live-panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t("sessions.agenda")}</h2>
      {state.agenda.length === 0 ? (
        <p class="muted">{t("sessions.agendaEmpty")}</p>
      ) : (
        <ol class="live-agenda">
          {state.agenda.map((item) => {
            const current = item.id === state.currentItemId;
            return (
              <li
                key={item.id}
                class={current ? "live-current" : undefined}
                aria-current={current ? "step" : undefined}
              >
                <bdi>{item.title}</bdi> <span class="muted">{t("sessions.minutes", { n: item.budgetMinutes })}</span>
                {item.proposalId && (
                  <a class="badge" href={`/proposals/${item.proposalId}`}>
                    {t("sessions.itemHasProposal")}
                  </a>
                )}
                {current && <span class="badge">{t("sessions.currentItem")}</span>}
                {onGo && !current && (
                  <button type="button" class="button-quiet" onClick={() => onGo(item.id)}>
                    {t("sessions.goToItem")}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The speakers list: the reader's own place, requesting and withdrawing; the moderator's controls. */
export function SpeakersPanel({
  state,
  me,
  act,
  moderate,
  participate,
}: {
  state: LiveState;
  me: string;
  act: Act;
  moderate: boolean;
  participate: boolean;
}) {
  const { t } = useI18n();
  const action = useAction(act);
  const [type, setType] = useState<SpeechType>("contribution");
  const place = placeOf(state.queue, me);
  const mine = state.queue.filter((request) => request.userId === me);
  return (
    <section class="live-panel" aria-labelledby="speakers-title">
      <h2 id="speakers-title">{t("sessions.speakers")}</h2>
      {place !== null && <p class="notice">{t("sessions.myPlace", { n: place })}</p>}
      {state.queue.length === 0 ? (
        <p class="muted">{t("sessions.listEmpty")}</p>
      ) : (
        <ol class="live-queue">
          {state.queue.map((request, index) => (
            <li key={request.id} class={request.userId === me ? "live-mine" : undefined}>
              <span>
                <bdi>{request.name}</bdi>
                {request.associationName && (
                  <span class="muted">
                    {" "}
                    — <bdi>{request.associationName}</bdi>
                  </span>
                )}
              </span>
              <span class="badge">{t(`sessions.type.${request.type}` as MessageKey)}</span>
              {moderate && (
                <span class="live-row-actions">
                  <button
                    class="button"
                    type="button"
                    onClick={() => action.run({ action: "give", requestId: request.id })}
                  >
                    {t("sessions.give")}
                  </button>
                  <button
                    type="button"
                    class="button-quiet"
                    disabled={index === 0}
                    aria-label={t("sessions.moveUp", { name: request.name })}
                    onClick={() => action.run({ action: "move", requestId: request.id, toIndex: index - 1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button-quiet"
                    disabled={index === state.queue.length - 1}
                    aria-label={t("sessions.moveDown", { name: request.name })}
                    onClick={() => action.run({ action: "move", requestId: request.id, toIndex: index + 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="button-quiet"
                    onClick={() => action.run({ action: "withdraw", requestId: request.id })}
                  >
                    {t("sessions.remove")}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {participate && (
        <div class="live-request">
          <label>
            {t("sessions.requestType")}{" "}
            <select value={type} onChange={(event) => setType((event.target as HTMLSelectElement).value as SpeechType)}>
              {speechTypes.map((value) => (
                <option key={value} value={value}>
                  {t(`sessions.type.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <button class="button" type="button" onClick={() => action.run({ action: "request", type })}>
            {t("sessions.request")}
          </button>
          {mine.map((request) => (
            <button
              key={request.id}
              type="button"
              class="button-quiet"
              onClick={() => action.run({ action: "withdraw", requestId: request.id })}
            >
              {t("sessions.withdraw", { type: t(`sessions.type.${request.type}` as MessageKey) })}
            </button>
          ))}
        </div>
      )}
      <ActionMessage message={action.message} />
    </section>
  );
}

/** The quorum indicator and, for the reader, checking in. */
export function AttendancePanel({
  state,
  me,
  act,
  participate,
}: {
  state: LiveState;
  me: string;
  act: Act;
  participate: boolean;
}) {
  const { t } = useI18n();
  const action = useAction(act);
  const present = state.attendance.some((entry) => entry.userId === me);
  const { quorum } = state;
  return (
    <section class="live-panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t("sessions.attendance")}</h2>
      <p class={quorum.met ? "badge badge-ok" : "badge badge-warn"}>
        {t(quorum.met ? "sessions.quorumMet" : "sessions.quorumNotMet", {
          present: quorum.present,
          electorate: quorum.electorate,
          required: quorum.required,
        })}
      </p>
      <p class="muted">{t("sessions.checkedIn", { n: state.attendance.length })}</p>
      {participate && (
        <button class="button" type="button" onClick={() => action.run({ action: present ? "check_out" : "check_in" })}>
          {t(present ? "sessions.checkOut" : "sessions.checkIn")}
        </button>
      )}
      <ActionMessage message={action.message} />
    </section>
  );
}

/** An option's name: a proposal's vote says for, against, abstain in the reader's language. */
function useOptionLabel() {
  const { t } = useI18n();
  return (poll: Poll, option: Poll["options"][number]) =>
    isProposalVote(poll) && (option.id === "for" || option.id === "against" || option.id === "abstain")
      ? t(`sessions.choice.${option.id}`)
      : option.label;
}

/** A proposal's own vote (for / against / abstain), held by the votes module. */
const isProposalVote = (poll: Poll) => !!poll.voteId && poll.options.some((option) => option.id === "for");

function PollResult({ poll }: { poll: Poll }) {
  const { t } = useI18n();
  const labelOf = useOptionLabel();
  if (!poll.counts) return <p class="muted">{t("sessions.resultsAtClose", { n: poll.cast })}</p>;
  return (
    <ul class="live-results">
      {poll.options.map((option) => {
        const count = poll.counts?.[option.id] ?? 0;
        const share = poll.cast > 0 ? Math.round((count / poll.cast) * 100) : 0;
        return (
          <li key={option.id}>
            <span>
              <bdi>{labelOf(poll, option)}</bdi>: {count}
            </span>
            <meter min={0} max={100} value={share} aria-label={`${labelOf(poll, option)} ${share}%`} />
          </li>
        );
      })}
    </ul>
  );
}

/** Polls: voting in the open one; results live or at the close. */
export function PollsPanel({ state, act, participate }: { state: LiveState; act: Act; participate: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const action = useAction(act);
  const [formalMessage, setFormalMessage] = useState<string | null>(null);
  // A formal vote is the votes module's: the association's ballot, cast by its primary delegate.
  const labelOf = useOptionLabel();
  const castFormal = async (poll: Poll, voteId: string, optionId: string) => {
    try {
      // A proposal's own vote is for / against / abstain; a free formal vote, one option.
      const choice: BallotChoice = isProposalVote(poll)
        ? { method: "for_against_abstain", choice: optionId as "for" | "against" | "abstain" }
        : { method: "single", optionId };
      await castBallotLive(voteId, { choice });
      setFormalMessage(t("sessions.ballotCast"));
    } catch (error) {
      setFormalMessage(errorMessage(error, i18n));
    }
  };
  const polls = [...state.polls].reverse().slice(0, 5);
  if (polls.length === 0) return null;
  return (
    <section class="live-panel" aria-labelledby="polls-title">
      <h2 id="polls-title">{t("sessions.polls")}</h2>
      {polls.map((poll) => (
        <article key={poll.id} class="live-poll">
          <h3>
            <bdi>{poll.question}</bdi>{" "}
            <span class="badge">{t(poll.kind === "formal" ? "sessions.formal" : "sessions.straw")}</span>
            {poll.status === "closed" && <span class="badge">{t("sessions.pollClosed")}</span>}
          </h3>
          {poll.status === "open" && participate && (
            <div class="live-options">
              {poll.options.map((option) => (
                <button
                  class="button"
                  key={option.id}
                  type="button"
                  onClick={() =>
                    poll.voteId
                      ? castFormal(poll, poll.voteId, option.id)
                      : action.run({ action: "poll_vote", pollId: poll.id, optionId: option.id })
                  }
                >
                  <bdi>{labelOf(poll, option)}</bdi>
                </button>
              ))}
            </div>
          )}
          {poll.voteId && poll.status === "open" ? (
            <p>
              <a href={`/votes/${poll.voteId}`}>{t("sessions.followVote")}</a>
            </p>
          ) : (
            <>
              <p class="muted">{t("sessions.cast", { n: poll.cast })}</p>
              <PollResult poll={poll} />
            </>
          )}
        </article>
      ))}
      {formalMessage && (
        <p class="notice" role="status">
          {formalMessage}
        </p>
      )}
      <ActionMessage message={action.message} />
    </section>
  );
}

/** The chat: moderators delete messages and mute a participant. */
export function ChatPanel({
  state,
  act,
  participate,
  moderate,
  me,
}: {
  state: LiveState;
  act: Act;
  participate: boolean;
  moderate: boolean;
  me: string;
}) {
  const { t, formatDate } = useI18n();
  const action = useAction(act);
  const [text, setText] = useState("");
  const muted = state.muted.includes(me);
  const send = async (event: Event) => {
    event.preventDefault();
    if (await action.run({ action: "chat", text })) setText("");
  };
  return (
    <section class="live-panel" aria-labelledby="chat-title">
      <h2 id="chat-title">{t("sessions.chat")}</h2>
      <ul class="live-chat" aria-live="polite">
        {state.chat.map((message) => (
          <li key={message.id}>
            <strong>
              <bdi>{message.name}</bdi>
            </strong>{" "}
            <time class="muted" dateTime={message.at}>
              {formatDate(message.at, "dayAndTime")}
            </time>
            <p dir="auto">{message.text}</p>
            {moderate && (
              <span class="live-row-actions">
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => action.run({ action: "chat_delete", messageId: message.id })}
                >
                  {t("sessions.deleteMessage")}
                </button>
                {message.userId !== me && (
                  <button
                    type="button"
                    class="button-quiet"
                    onClick={() =>
                      action.run({
                        action: "mute",
                        userId: message.userId,
                        muted: !state.muted.includes(message.userId),
                      })
                    }
                  >
                    {t(state.muted.includes(message.userId) ? "sessions.unmute" : "sessions.mute")}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {participate &&
        (muted ? (
          <p class="muted">{t("sessions.youAreMuted")}</p>
        ) : (
          <form class="live-chat-form" onSubmit={send}>
            <label class="visually-hidden" for="chat-text">
              {t("sessions.chatLabel")}
            </label>
            <input
              id="chat-text"
              dir="auto"
              maxLength={sessionLimits.chatMax}
              value={text}
              onInput={(event) => setText((event.target as HTMLInputElement).value)}
            />
            <button class="button" type="submit">
              {t("sessions.send")}
            </button>
          </form>
        ))}
      <ActionMessage message={action.message} />
    </section>
  );
}

/** Passing reactions. */
export function ReactionsBar({ onReact }: { onReact: (reaction: (typeof reactions)[number]) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="live-reactions">
      <legend class="visually-hidden">{t("sessions.reactions")}</legend>
      {reactions.map((reaction) => (
        <button key={reaction} type="button" class="button-quiet" onClick={() => onReact(reaction)}>
          {t(`sessions.reaction.${reaction}` as MessageKey)}
        </button>
      ))}
    </fieldset>
  );
}
