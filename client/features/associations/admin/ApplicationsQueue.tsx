import { useLocation } from "preact-iso";
import { type ApplicationStatus, applicationStatuses } from "../../../../common/applications.js";
import { cityName } from "../../../../common/cities.js";
import { queryString } from "../../../api.js";
import { DataTable } from "../../../components/DataTable.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../../components/Pagination.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { StatusBadge } from "../StatusBadge.js";
import { fetchQueue } from "./api.js";
import "../../../components/DataTable.css";
import "../../admin/admin.css";

const pageSize = 20;
const isStatus = (value: string | undefined): value is ApplicationStatus =>
  (applicationStatuses as readonly string[]).includes(value ?? "");

/** The applications queue: counts per status as filter tabs, oldest first. */
export function ApplicationsQueue() {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const { query } = useLocation();
  // Under review first: what waits for an admin.
  const status: ApplicationStatus | undefined =
    query.status === "all" ? undefined : isStatus(query.status) ? query.status : "under_review";
  const page = pageFromQuery(query);
  const queue = useResource(() => fetchQueue({ status, page, pageSize }), [status, page]);
  const hrefFor = (next: { status?: string; page?: number }) => `/admin/applications${queryString(next)}`;

  return (
    <div class="stack">
      <PageHeading title={t("admin.queue.title")} />
      <LoadState resource={queue}>
        {(data) => {
          const total = applicationStatuses.reduce((sum, key) => sum + data.counts[key], 0);
          return (
            <>
              <nav aria-label={t("admin.queue.filter")}>
                <ul class="filter-tabs">
                  {applicationStatuses.map((key) => (
                    <li key={key}>
                      <a
                        class="pill-link"
                        href={hrefFor({ status: key })}
                        aria-current={status === key ? "page" : undefined}
                      >
                        {t(`applicationStatus.${key}`)} <span class="count">{formatNumber(data.counts[key])}</span>
                      </a>
                    </li>
                  ))}
                  <li>
                    <a
                      class="pill-link"
                      href={hrefFor({ status: "all" })}
                      aria-current={status === undefined ? "page" : undefined}
                    >
                      {t("admin.queue.all")} <span class="count">{formatNumber(total)}</span>
                    </a>
                  </li>
                </ul>
              </nav>
              <DataTable
                label={t("admin.queue.title")}
                columns={[
                  t("admin.queue.association"),
                  t("admin.queue.applicant"),
                  t("admin.queue.submitted"),
                  t("admin.queue.updated"),
                  t("common.status"),
                ]}
                rows={data.items}
                empty={<p class="empty">{t("admin.queue.empty")}</p>}
              >
                {(item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <a href={`/admin/applications/${item.id}`}>
                        <bdi>{item.association.nameAr}</bdi>
                      </a>
                      <span class="cell-sub muted">
                        <bdi>{cityName(item.association.city, locale)}</bdi>
                      </span>
                    </th>
                    <td>
                      <bdi>{item.applicant.name}</bdi>
                    </td>
                    <td>
                      <time dateTime={item.submittedAt}>{formatDate(item.submittedAt)}</time>
                    </td>
                    <td>
                      <time dateTime={item.updatedAt}>{formatDate(item.updatedAt)}</time>
                    </td>
                    <td>
                      <StatusBadge kind="application" status={item.status} />
                    </td>
                  </tr>
                )}
              </DataTable>
              <Pagination list={data} hrefFor={(p) => hrefFor({ status: query.status, page: p })} />
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
