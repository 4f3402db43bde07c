import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { TableWrap } from "../../components/TableWrap.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { associationHref } from "../associations/names.js";
import { fetchSnapshot } from "./api.js";

/** One frozen electorate: each association and who casts its vote. */
export function SnapshotView({ id }: { id: string }) {
  const { t, formatDate, formatNumber } = useI18n();
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
                at: formatDate(data.at, { dateStyle: "long", timeStyle: "short" }),
                associations: formatNumber(data.associationCount),
                voters: formatNumber(data.voterCount),
                name: data.createdBy.name,
              })}
            </p>
            {data.entries.length === 0 ? (
              <p class="empty">{t("admin.electorate.empty")}</p>
            ) : (
              <TableWrap label={data.label}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.queue.association")}</th>
                      <th scope="col">{t("admin.electorate.delegate")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.entries.map((entry) => (
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
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
