import "../../i18n/assemblies.js";
import "./assemblies.css";
import type { AssemblyDetail } from "../../../common/assemblies.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";
import { useAssembly } from "./shared.js";

/** `/assemblies/:id/convocations`: the record of the convocations sent (when, by whom, to how many). */
export function ConvocationsPage({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const assembly = useAssembly(id);
  return (
    <LoadState resource={assembly}>
      {(data: AssemblyDetail) => (
        <div class="stack">
          <PageHeading title={t("assemblies.convocations")} />
          <p>
            <a href={`/assemblies/${id}`}>
              <bdi>{data.title}</bdi>
            </a>
          </p>
          {data.convocations.length === 0 ? (
            <p class="muted">{t("assemblies.convocationsNone")}</p>
          ) : (
            <ul class="assembly-list">
              {data.convocations.map((c) => (
                <li key={c.id} class="card">
                  <h2>{t("assemblies.round", { round: c.round })}</h2>
                  <dl>
                    <dt>{t("assemblies.sentAt")}</dt>
                    <dd>
                      <time dateTime={c.sentAt}>{formatDate(c.sentAt, "dayAndTime")}</time>
                    </dd>
                    <dt>{t("assemblies.sentBy")}</dt>
                    <dd>
                      <bdi>{c.sentBy?.name ?? "—"}</bdi>
                    </dd>
                    <dt>{t("assemblies.for")}</dt>
                    <dd>
                      <time dateTime={c.scheduledAt}>{formatDate(c.scheduledAt, "dayAndTime")}</time>
                    </dd>
                    <dt>{t("assemblies.recipients")}</dt>
                    <dd>{t("assemblies.recipientsLine", { count: c.recipients, associations: c.associations })}</dd>
                    <dt>{t("assemblies.quorumShare")}</dt>
                    <dd>{Math.round(c.quorumShare * 100)}%</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </LoadState>
  );
}
