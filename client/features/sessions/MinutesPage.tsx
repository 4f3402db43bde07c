import "../../i18n/sessions.js";
import "./sessions.css";
import { useState } from "preact/hooks";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { approveMinutes, fetchMinutes } from "./api.js";

/** `/sessions/:id/minutes`: the minutes (محضر), printable, downloadable as Markdown, approved by a moderator. */
export function MinutesPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { user } = useSession();
  const minutes = useResource(() => fetchMinutes(id), [id, user?.id]);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="stack minutes">
      <LoadState resource={minutes}>
        {(data) => {
          const download = URL.createObjectURL(new Blob([data.markdown], { type: "text/markdown;charset=utf-8" }));
          return (
            <>
              <PageHeading title={t("sessions.minutesTitle", { title: data.title })} />
              <p class={`badge minutes-approval ${data.approvedAt ? "badge-ok" : "badge-warn"}`}>
                {data.approvedAt
                  ? t("sessions.approvedBy", {
                      name: data.approvedBy?.name ?? "",
                      date: formatDate(data.approvedAt, "dayAndTime"),
                    })
                  : t("sessions.minutesDraft")}
              </p>
              <div class="live-buttons no-print">
                <button type="button" class="button-quiet" onClick={() => window.print()}>
                  {t("sessions.print")}
                </button>
                <a class="button button-quiet" href={download} download="minutes.md">
                  {t("sessions.downloadMarkdown")}
                </a>
                {data.abilities.approve && (
                  <button
                    class="button"
                    type="button"
                    onClick={async () => {
                      try {
                        minutes.set(await approveMinutes(id));
                      } catch (caught) {
                        setError(errorMessage(caught, i18n));
                      }
                    }}
                  >
                    {t("sessions.approve")}
                  </button>
                )}
              </div>
              {error && (
                <p class="notice notice-error" role="alert">
                  {error}
                </p>
              )}
              <article class="minutes-document" lang="ar" dir="rtl">
                <SanitizedHtml html={data.html} />
              </article>
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
