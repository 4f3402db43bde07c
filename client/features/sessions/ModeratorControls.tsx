import { useEffect, useState } from "preact/hooks";
import type { SessionPresence } from "../../../common/realtime.js";
import { type LiveState, type PollKind, type PollResults, sessionLimits } from "../../../common/sessions.js";
import { useI18n } from "../../i18n/index.js";
import { type Act, ActionMessage, useAction } from "./panels.js";

/** The moderator's controls: the session's state, the floor, settings, attendance, notes and polls. */
export function ModeratorControls({
  state,
  act,
  presence,
}: {
  state: LiveState;
  act: Act;
  presence: SessionPresence | null;
}) {
  const { t } = useI18n();
  const action = useAction(act);
  const item = state.agenda.find((entry) => entry.id === state.currentItemId);
  const [notes, setNotes] = useState(item?.notesMd ?? "");
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState("");
  const [kind, setKind] = useState<PollKind>("straw");
  const [results, setResults] = useState<PollResults>("live");
  useEffect(() => setNotes(item?.notesMd ?? ""), [item?.id]);
  const openPoll = state.polls.find((poll) => poll.status === "open");
  // A formal vote on an item with a proposal is the proposal's own vote: no question to write.
  const proposalVote = kind === "formal" && !!item?.proposalId;
  const absent = (presence?.users ?? []).filter((user) => !state.attendance.some((entry) => entry.userId === user.id));

  return (
    <section class="live-panel live-controls" aria-labelledby="controls-title">
      <h2 id="controls-title">{t("sessions.controls")}</h2>
      <div class="live-buttons">
        {state.status === "scheduled" && (
          <button class="button" type="button" onClick={() => action.run({ action: "open" })}>
            {t("sessions.openLobby")}
          </button>
        )}
        {(state.status === "scheduled" || state.status === "open") && (
          <button class="button" type="button" onClick={() => action.run({ action: "start" })}>
            {t("sessions.start")}
          </button>
        )}
        {state.status === "live" && (
          <button class="button" type="button" onClick={() => action.run({ action: "pause" })}>
            {t("sessions.pause")}
          </button>
        )}
        {state.status === "paused" && (
          <button class="button" type="button" onClick={() => action.run({ action: "resume" })}>
            {t("sessions.resume")}
          </button>
        )}
        {state.status !== "scheduled" && (
          <button type="button" class="button button-danger" onClick={() => action.run({ action: "end" })}>
            {t("sessions.end")}
          </button>
        )}
      </div>
      <div class="live-buttons">
        <button
          class="button"
          type="button"
          disabled={state.queue.length === 0}
          onClick={() => action.run({ action: "give" })}
        >
          {t("sessions.giveNext")}
        </button>
        <button
          type="button"
          class="button-quiet"
          disabled={!state.floor}
          onClick={() => action.run({ action: "extend", seconds: 30 })}
        >
          {t("sessions.extend", { n: 30 })}
        </button>
        <button
          type="button"
          class="button-quiet"
          disabled={!state.floor}
          onClick={() => action.run({ action: "extend", seconds: 60 })}
        >
          {t("sessions.extend", { n: 60 })}
        </button>
        <button
          type="button"
          class="button-quiet"
          disabled={!state.floor}
          onClick={() => action.run({ action: "stop" })}
        >
          {t("sessions.stop")}
        </button>
      </div>
      <div class="live-buttons">
        <label>
          <input
            type="checkbox"
            checked={state.alternate}
            onChange={(event) =>
              action.run({ action: "settings", alternate: (event.target as HTMLInputElement).checked })
            }
          />{" "}
          {t("sessions.alternate")}
        </label>
        <label>
          {t("sessions.speakerSeconds")}{" "}
          <input
            type="number"
            inputMode="numeric"
            min={sessionLimits.speakerSecondsMin}
            max={sessionLimits.speakerSecondsMax}
            value={state.speakerSeconds}
            onChange={(event) =>
              action.run({ action: "settings", speakerSeconds: Number((event.target as HTMLInputElement).value) })
            }
          />
        </label>
      </div>
      {absent.length > 0 && (
        <details>
          <summary>{t("sessions.checkInOthers", { n: absent.length })}</summary>
          <ul class="live-absent">
            {absent.map((user) => (
              <li key={user.id}>
                <bdi>{user.name}</bdi>{" "}
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => action.run({ action: "check_in", userId: user.id })}
                >
                  {t("sessions.checkInPerson")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {item && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run({ action: "notes", itemId: item.id, notesMd: notes });
          }}
        >
          <label for="item-notes">{t("sessions.notes")}</label>
          <textarea
            id="item-notes"
            dir="auto"
            rows={3}
            value={notes}
            onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="button-quiet">
            {t("sessions.saveNotes")}
          </button>
        </form>
      )}
      {openPoll ? (
        <button class="button" type="button" onClick={() => action.run({ action: "poll_close", pollId: openPoll.id })}>
          {t("sessions.closePoll")}
        </button>
      ) : (
        <form
          class="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            const list = options
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean);
            const command = proposalVote
              ? ({ action: "poll_open", kind, results } as const)
              : ({ action: "poll_open", question, options: list, kind, results } as const);
            if (await action.run(command)) {
              setQuestion("");
              setOptions("");
            }
          }}
        >
          {proposalVote ? (
            <p class="notice" role="status">
              {t("sessions.proposalVoteHint")}
            </p>
          ) : (
            <>
              <label for="poll-question">{t("sessions.pollQuestion")}</label>
              <input
                id="poll-question"
                dir="auto"
                value={question}
                onInput={(e) => setQuestion((e.target as HTMLInputElement).value)}
              />
              <label for="poll-options">{t("sessions.pollOptions")}</label>
              <textarea
                id="poll-options"
                dir="auto"
                rows={3}
                value={options}
                onInput={(e) => setOptions((e.target as HTMLTextAreaElement).value)}
              />
            </>
          )}
          <label>
            {t("sessions.pollKind")}{" "}
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as PollKind)}>
              <option value="straw">{t("sessions.straw")}</option>
              <option value="formal">{t("sessions.formal")}</option>
            </select>
          </label>
          <label>
            {t("sessions.pollResults")}{" "}
            <select value={results} onChange={(e) => setResults((e.target as HTMLSelectElement).value as PollResults)}>
              <option value="live">{t("sessions.resultsLive")}</option>
              <option value="at_close">{t("sessions.resultsClose")}</option>
            </select>
          </label>
          <button class="button" type="submit">
            {t("sessions.openPoll")}
          </button>
        </form>
      )}
      <ActionMessage message={action.message} />
    </section>
  );
}
