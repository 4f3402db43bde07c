import { DataTable } from "../../../components/DataTable.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { associationHref } from "../../associations/names.js";
import { fetchSnapshot } from "./api.js";

/** One frozen electorate: each association and who casts its vote. */
export function SnapshotView({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const snapshot = useResource(() => fetchSnapshot(id), [id]);
  return (
    <div class="stack">
      <p>
        <a href="/admin/electorate">{t("admin.electorate.back")}</a>
      </p>
      <LoadState resource={snapshot}>
        {(data) => (
          <>
            <PageHeading title={data.label} />
            <p class="muted">
              {t("admin.electorate.summary", {
                at: formatDate(data.at, "dayAndTime"),
                associations: data.associationCount,
                voters: data.voterCount,
                name: data.createdBy.name,
              })}
            </p>
            <DataTable
              label={data.label}
              columns={[t("admin.queue.association"), t("admin.electorate.delegate")]}
              rows={data.entries}
              empty={<p class="empty">{t("admin.electorate.empty")}</p>}
            >
              {(entry) => (
                <tr key={entry.associationId}>
                  <th scope="row">
                    <a href={associationHref(entry.slug)}>
                      <bdi>{entry.nameAr}</bdi>
                    </a>
                  </th>
                  <td>
                    {entry.delegate ? (
                      <bdi>{entry.delegate.name}</bdi>
                    ) : (
                      <span class="muted">{t("admin.electorate.noDelegate")}</span>
                    )}
                  </td>
                </tr>
              )}
            </DataTable>
          </>
        )}
      </LoadState>
    </div>
  );
}
