import "../../i18n/sessions.js";
import "./sessions.css";
import { useEffect, useState } from "preact/hooks";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { AgendaEditor } from "./AgendaEditor.js";
import { DetailsEditor } from "./DetailsEditor.js";
import { useLiveSession } from "./live.js";
import { ModeratorControls } from "./ModeratorControls.js";
import {
  AgendaPanel,
  AttendancePanel,
  ChatPanel,
  FloorPanel,
  PollsPanel,
  ReactionsBar,
  SpeakersPanel,
} from "./panels.js";

/**
 * A live session: the participant's view (`/sessions/:id`) and, for its moderators, the console
 * (`/sessions/:id/console`): the same live state, the console with the controls and large type for the
 * speaker and the countdown (it is projected).
 */
export function LivePage({ id, console: asConsole }: { id: string; console?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status, user } = useSession();
  const live = useLiveSession(id);
  const [lastReaction, setLastReaction] = useState<string | null>(null);

  useEffect(() => {
    if (!live.reaction) return;
    setLastReaction(t(`sessions.reaction.${live.reaction.reaction}` as MessageKey));
    const timer = setTimeout(() => setLastReaction(null), 2_000);
    return () => clearTimeout(timer);
  }, [live.reaction, t]);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to={`/login?next=/sessions/${id}`} />;
  if (live.error) {
    return (
      <div class="notice notice-error" role="alert">
        {errorMessage(live.error, i18n)}
      </div>
    );
  }
  if (!live.view)
    return (
      <p class="muted" role="status">
        {t("state.loading")}
      </p>
    );

  const { snapshot, state, feed } = live.view;
  const session = snapshot.session;
  const moderate = session.abilities.moderate;
  const participate = session.abilities.participate && state.status !== "ended";
  const me = snapshot.me.id;
  const item = state.agenda.find((entry) => entry.id === state.currentItemId);

  return (
    <div class={asConsole && moderate ? "live live-console" : "live"}>
      <PageHeading title={session.title} />
      <div class="live-meta">
        <span class={`badge live-status-${state.status}`}>{t(`sessions.status.${state.status}` as MessageKey)}</span>{" "}
        <span class="muted">{t("sessions.connected", { n: live.presence?.count ?? 0 })}</span>{" "}
        {moderate && !asConsole && <a href={`/sessions/${id}/console`}>{t("sessions.openConsole")}</a>}
        {asConsole && <a href={`/sessions/${id}`}>{t("sessions.participantView")}</a>}
        {state.status === "ended" && <a href={`/sessions/${id}/minutes`}>{t("sessions.minutesLink")}</a>}
      </div>
      {item && (
        <p class="live-item">
          {t("sessions.currentItem")}: <bdi>{item.title}</bdi>
        </p>
      )}
      {!asConsole && session.descriptionHtml && state.status !== "live" && (
        <SanitizedHtml html={session.descriptionHtml} />
      )}
      {lastReaction && (
        <p class="live-reaction" role="status">
          {lastReaction}
        </p>
      )}
      <div class="live-grid">
        <div class="stack">
          <FloorPanel state={state} feed={feed} large={asConsole} />
          {asConsole && moderate && <ModeratorControls state={state} act={live.act} presence={live.presence} />}
          <SpeakersPanel
            state={state}
            me={me}
            act={live.act}
            moderate={moderate && !!asConsole}
            participate={participate}
          />
        </div>
        <div class="stack">
          <AgendaPanel
            state={state}
            {...(asConsole && moderate ? { onGo: (itemId: string) => void live.act({ action: "item", itemId }) } : {})}
          />
          {asConsole && moderate && state.status !== "ended" && (
            <>
              <AgendaEditor state={state} act={live.act} />
              <DetailsEditor session={session} />
            </>
          )}
          <AttendancePanel state={state} me={me} act={live.act} participate={participate} />
          <PollsPanel state={state} act={live.act} participate={participate} />
          {participate && <ReactionsBar onReact={(reaction) => void live.react(reaction)} />}
          <ChatPanel state={state} act={live.act} participate={participate} moderate={moderate} me={me} />
        </div>
      </div>
    </div>
  );
}

/** `/sessions/:id`. */
export function SessionPage({ id }: { id: string }) {
  return <LivePage id={id} />;
}

/** `/sessions/:id/console`. */
export function ConsolePage({ id }: { id: string }) {
  return <LivePage id={id} console />;
}
