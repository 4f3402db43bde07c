import type { ApplicationEvent } from "../../../common/applications.js";
import { useI18n } from "../../i18n/index.js";
import "./membership.css";

/** Every step of an application, oldest first: what, who, when, and the note given with it. */
export function ApplicationHistory({ events }: { events: ApplicationEvent[] }) {
  const { t, formatDate } = useI18n();
  if (events.length === 0) return <p class="muted">{t("history.empty")}</p>;
  return (
    <ol class="timeline">
      {events.map((event) => (
        <li key={event.id} class={`timeline-item timeline-${event.kind}`}>
          <p class="timeline-head">
            <strong>{t(`history.${event.kind}`)}</strong>
            <span class="muted">
              {" · "}
              <bdi>{event.actor.name}</bdi>
              {" · "}
              <time dateTime={event.at}>{formatDate(event.at, "dayAndTime")}</time>
            </span>
          </p>
          {event.note && (
            <p class="timeline-note" dir="auto">
              {event.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The latest message of the reviewers asking for more information, if any. */
export function latestInfoRequest(events: ApplicationEvent[]): ApplicationEvent | undefined {
  return [...events].reverse().find((event) => event.kind === "info_requested");
}
