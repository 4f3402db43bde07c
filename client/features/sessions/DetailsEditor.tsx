import { useState } from "preact/hooks";
import type { SessionDetail, SessionVisibility } from "../../../common/sessions.js";
import { sessionLimits } from "../../../common/sessions.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { updateSession } from "./api.js";

/** `yyyy-mm-ddThh:mm` in the browser's time zone, as a datetime-local field shows it. */
function localInput(iso: string): string {
  const date = new Date(iso);
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A moderator changes the session's title, description, time and visibility before the end (audited). */
export function DetailsEditor({ session }: { session: SessionDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [title, setTitle] = useState(session.title);
  const [description, setDescription] = useState(session.descriptionMd);
  const [when, setWhen] = useState(localInput(session.scheduledAt));
  const [visibility, setVisibility] = useState<SessionVisibility>(session.visibility);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await updateSession(session.id, {
        title,
        descriptionMd: description,
        scheduledAt: new Date(when).toISOString(),
        visibility,
      });
      setMessage({ error: false, text: t("sessions.detailsSaved") });
    } catch (caught) {
      setMessage({ error: true, text: errorMessage(caught, i18n) });
    }
  };
  return (
    <details class="live-panel">
      <summary>{t("sessions.editDetails")}</summary>
      <form class="stack" onSubmit={submit}>
        <label for="edit-session-title">{t("sessions.title")}</label>
        <input
          id="edit-session-title"
          dir="auto"
          required
          maxLength={sessionLimits.titleMax}
          value={title}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
        />
        <label for="edit-session-description">{t("sessions.description")}</label>
        <textarea
          id="edit-session-description"
          dir="auto"
          rows={3}
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
        <label for="edit-session-when">{t("sessions.when")}</label>
        <input
          id="edit-session-when"
          type="datetime-local"
          required
          value={when}
          onInput={(e) => setWhen((e.target as HTMLInputElement).value)}
        />
        <label>
          {t("sessions.visibility")}{" "}
          <select
            value={visibility}
            onChange={(e) => setVisibility((e.target as HTMLSelectElement).value as SessionVisibility)}
          >
            <option value="members">{t("sessions.members")}</option>
            <option value="public">{t("sessions.public")}</option>
          </select>
        </label>
        {message && (
          <p class={message.error ? "notice notice-error" : "notice"} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <button class="button" type="submit">
          {t("sessions.saveDetails")}
        </button>
      </form>
    </details>
  );
}
