import { useRoute } from "preact-iso";
import { actionStatuses } from "../../../common/programmes.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import { fetchProgress } from "./api.js";
import { BarsChart, LineChart } from "./charts.js";
import { ActionBadge, dayDate, ProgressBar } from "./parts.js";
import "./programmes.css";

/** `/programmes/:id/progress`: the public follow-up of an adopted programme, with its charts and histories. */
export function ProgressPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const progress = useResource(() => fetchProgress(id), [id]);
  const { t, formatDate, formatNumber, locale } = useI18n();
  const percent = (value: number) => formatNumber(value / 100, { style: "percent" });
  const month = (value: string) =>
    new Intl.DateTimeFormat(locale === "ar" ? "ar-MA" : "fr-MA", {
      month: "short",
      year: "numeric",
      numberingSystem: "latn",
    }).format(dayDate(`${value}-15`));
  return (
    <LoadState resource={progress}>
      {(data) => (
        <div class="stack">
          <PageHeading title={t("progress.title", { title: data.title })} />
          <p>
            <a href={`/programmes/${id}`}>{t("progress.document")}</a>
            {data.decisionNumber && (
              <>
                {" — "}
                {t("programme.recorded")}{" "}
                <a href={`/decisions/${data.decisionNumber}`}>
                  <bdi dir="ltr">{data.decisionNumber}</bdi>
                </a>
              </>
            )}
          </p>
          <section class="card stack" aria-labelledby="progress-summary">
            <h2 id="progress-summary">{t("progress.summary")}</h2>
            <ProgressBar value={data.progress} label={t("progress.overall")} />
            <p>
              {t("progress.counts", {
                actions: data.actions.length,
                done: data.byStatus.done,
                overdue: data.overdue,
              })}
            </p>
          </section>
          <div class="programme-charts">
            <BarsChart
              id="chart-axes"
              title={t("progress.byAxis")}
              max={100}
              bars={data.byAxis.map((axis) => ({
                key: axis.id,
                label: axis.title,
                value: axis.progress,
                text: t("progress.axisFigure", {
                  percent: percent(axis.progress),
                  done: axis.done,
                  actions: axis.actions,
                }),
              }))}
            />
            <BarsChart
              id="chart-status"
              title={t("progress.byStatus")}
              max={Math.max(...actionStatuses.map((status) => data.byStatus[status]))}
              bars={actionStatuses.map((status) => ({
                key: status,
                label: t(`actionStatus.${status}`),
                value: data.byStatus[status],
                text: formatNumber(data.byStatus[status]),
              }))}
            />
            <LineChart
              id="chart-time"
              title={t("progress.overTime")}
              points={data.overTime.map((point) => ({
                label: month(point.month),
                value: point.progress,
                text: percent(point.progress),
              }))}
            />
          </div>
          <section class="stack" aria-labelledby="progress-actions">
            <h2 id="progress-actions">{t("progress.actions")}</h2>
            <ul class="programme-progress-list">
              {data.actions.map((action) => (
                <li key={action.id} id={`action-${action.id}`} class={`card${action.overdue ? " is-overdue" : ""}`}>
                  <h3>{action.title}</h3>
                  <p class="muted">
                    {action.axisTitle} — {action.leads.map((lead) => lead.name).join("، ")}
                  </p>
                  <p>
                    <ActionBadge status={action.status} overdue={action.overdue} />{" "}
                    {t("progress.ends", { date: formatDate(dayDate(action.endDate)) })}
                  </p>
                  <ProgressBar value={action.progress} label={t("progAction.progressOf", { title: action.title })} />
                  {action.droppedReason && <p>{t("progAction.droppedBecause", { reason: action.droppedReason })}</p>}
                  <details>
                    <summary>{t("progress.history", { count: action.history.length })}</summary>
                    {action.history.length === 0 ? (
                      <p class="muted">{t("progress.noUpdate")}</p>
                    ) : (
                      <ol class="action-history">
                        {[...action.history].reverse().map((update) => (
                          <li key={update.id}>
                            <p>
                              <time dateTime={update.createdAt}>{formatDate(update.createdAt)}</time> —{" "}
                              {update.association.name} ({update.author.name}): <ActionBadge status={update.status} />{" "}
                              {percent(update.progress)}
                            </p>
                            <p dir="auto">{update.note}</p>
                          </li>
                        ))}
                      </ol>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </LoadState>
  );
}
