import { useState } from "preact/hooks";
import { type CharterKind, type CurrentCharter, charterKinds } from "../../../../common/charter.js";
import { DataTable } from "../../../components/DataTable.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { fetchCharter } from "../../associations/api.js";
import { fetchVersions } from "./api.js";
import { PublishCharterForm } from "./PublishCharterForm.js";

/** Publishing a new version of the charter or the internal rules; the versions published so far. */
export function CharterAdmin() {
  const { t } = useI18n();
  const current = useResource(fetchCharter, []);
  const [round, setRound] = useState(0);
  return (
    <div class="stack">
      <PageHeading title={t("admin.charter.title")} />
      <p class="muted">{t("admin.charter.intro")}</p>
      <LoadState resource={current}>
        {(data) => (
          <PublishCharterForm
            current={data}
            onPublished={() => {
              current.reload();
              setRound((value) => value + 1);
            }}
          />
        )}
      </LoadState>
      {charterKinds.map((kind) => (
        <VersionList key={kind} kind={kind} round={round} current={current.data} />
      ))}
    </div>
  );
}

function VersionList({ kind, round, current }: { kind: CharterKind; round: number; current?: CurrentCharter }) {
  const { t, formatDate } = useI18n();
  const versions = useResource(() => fetchVersions(kind), [kind, round]);
  const inForce = kind === "charter" ? current?.charter?.id : current?.internalRules?.id;
  const titleId = `versions-${kind}`;
  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(`admin.charter.versions.${kind}`)}</h2>
      <LoadState resource={versions}>
        {(list) => (
          <DataTable
            label={t(`admin.charter.versions.${kind}`)}
            columns={[t("admin.charter.version"), t("admin.charter.titleField"), t("admin.charter.publishedAt")]}
            rows={list}
            empty={<p class="muted">{t("admin.charter.noVersions")}</p>}
          >
            {(version) => (
              <tr key={version.id}>
                <th scope="row">{version.version}</th>
                <td>
                  {version.title}
                  {version.id === inForce && <span class="badge status-active">{t("admin.charter.inForce")}</span>}
                </td>
                <td>
                  <time dateTime={version.publishedAt}>{formatDate(version.publishedAt)}</time>
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </LoadState>
    </section>
  );
}
