import "../../i18n/sessions.js";
import "./sessions.css";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Paginated } from "../../../common/api.js";
import type { SessionSummary } from "../../../common/sessions.js";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { useResource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { createSession, fetchSessions } from "./api.js";

type Group = "upcoming" | "live" | "ended";

/** One group of sessions, a page at a time (each group keeps its page in the query: `?ended=2`). */
function SessionList({ group }: { group: Group }) {
  const { t, formatDate } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const page = pageFromQuery({ page: query[group] });
  const list = useResource(() => fetchSessions(group, page), [group, page, user?.id]);
  return (
    <section aria-labelledby={`sessions-${group}`} class="stack">
      <h2 id={`sessions-${group}`}>{t(`sessions.group.${group}` as MessageKey)}</h2>
      <LoadState resource={list}>
        {({ items, ...rest }: Paginated<SessionSummary>) =>
          items.length === 0 ? (
            <p class="muted">{t("sessions.none")}</p>
          ) : (
            <>
              <ul class="session-cards">
                {items.map((session) => (
                  <li key={session.id} class="card">
                    <a
                      href={session.status === "ended" ? `/sessions/${session.id}/minutes` : `/sessions/${session.id}`}
                    >
                      <bdi>{session.title}</bdi>
                    </a>
                    <p class="muted">
                      <time dateTime={session.scheduledAt}>{formatDate(session.scheduledAt, "dayAndTime")}</time>
                      {" · "}
                      {t(`sessions.status.${session.status}` as MessageKey)}
                      {session.visibility === "public" && ` · ${t("sessions.public")}`}
                      {session.status === "ended" &&
                        ` · ${t(session.minutesApproved ? "sessions.minutesApproved" : "sessions.minutesDraft")}`}
                    </p>
                  </li>
                ))}
              </ul>
              <Pagination
                list={{ items, ...rest }}
                hrefFor={(n) => `/sessions${queryString({ ...query, [group]: n > 1 ? String(n) : undefined })}`}
              />
            </>
          )
        }
      </LoadState>
    </section>
  );
}

/** A moderator schedules a session: title, time, visibility, and the agenda one item a line. */
function CreateSession() {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const [title, setTitle] = useState("");
  const [when, setWhen] = useState("");
  const [agenda, setAgenda] = useState("");
  const [visibility, setVisibility] = useState<"members" | "public">("members");
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const created = await createSession({
        title,
        scheduledAt: new Date(when).toISOString(),
        visibility,
        agenda: agenda
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => ({ title: line, budgetMinutes: 20 })),
      });
      route(`/sessions/${created.id}/console`);
    } catch (caught) {
      setError(errorMessage(caught, i18n));
    }
  };
  return (
    <details class="card">
      <summary>{t("sessions.create")}</summary>
      <form class="stack" onSubmit={submit}>
        <label for="session-title">{t("sessions.title")}</label>
        <input
          id="session-title"
          dir="auto"
          required
          value={title}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
        />
        <label for="session-when">{t("sessions.when")}</label>
        <input
          id="session-when"
          type="datetime-local"
          required
          value={when}
          onInput={(e) => setWhen((e.target as HTMLInputElement).value)}
        />
        <label for="session-agenda">{t("sessions.agendaLines")}</label>
        <textarea
          id="session-agenda"
          dir="auto"
          rows={4}
          value={agenda}
          onInput={(e) => setAgenda((e.target as HTMLTextAreaElement).value)}
        />
        <label>
          {t("sessions.visibility")}{" "}
          <select
            value={visibility}
            onChange={(e) => setVisibility((e.target as HTMLSelectElement).value as "members" | "public")}
          >
            <option value="members">{t("sessions.members")}</option>
            <option value="public">{t("sessions.public")}</option>
          </select>
        </label>
        {error && (
          <p class="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <button class="button" type="submit">
          {t("sessions.schedule")}
        </button>
      </form>
    </details>
  );
}

/** `/sessions`: live now, upcoming, ended (with their minutes). */
export function SessionsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <div class="stack">
      <PageHeading title={t("sessions.heading")} />
      {(user?.role === "admin" || user?.role === "moderator") && <CreateSession />}
      <SessionList group="live" />
      <SessionList group="upcoming" />
      <SessionList group="ended" />
    </div>
  );
}
