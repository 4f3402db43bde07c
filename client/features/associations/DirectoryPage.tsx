import { useLocation } from "preact-iso";
import type { RegionCode } from "../../../common/reference.js";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { AssociationCard } from "./AssociationCard.js";
import { fetchDirectory } from "./api.js";
import { DirectoryFilters, type DirectoryFilterValues } from "./DirectoryFilters.js";
import "./associations.css";

const pageSize = 12;

/** «دليل الجمعيات»: the active member associations, searchable by name and filtered. */
export function DirectoryPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const { user } = useSession();
  const filters: DirectoryFilterValues = {
    q: query.q ?? "",
    region: query.region ?? "",
    city: query.city ?? "",
    field: query.field ?? "",
  };
  const page = pageFromQuery(query);
  const list = useResource(
    () =>
      fetchDirectory({
        page,
        pageSize,
        q: filters.q || undefined,
        region: (filters.region || undefined) as RegionCode | undefined,
        city: filters.city || undefined,
        field: filters.field || undefined,
      }),
    [page, filters.q, filters.region, filters.city, filters.field],
  );
  const filtered = Boolean(filters.q || filters.region || filters.city || filters.field);

  return (
    <div class="stack">
      <PageHeading title={t("directory.title")} />
      <p class="lead">{t("directory.intro")}</p>
      <DirectoryFilters current={filters} />
      <section aria-labelledby="directory-results" aria-busy={list.status === "loading"}>
        <h2 id="directory-results" class="visually-hidden">
          {t("directory.results")}
        </h2>
        <LoadState resource={list}>
          {(data) => (
            <>
              <p class="result-count" role="status">
                {t("directory.count", { count: data.total })}
              </p>
              {data.items.length === 0 ? (
                <div class="empty">
                  <p>{filtered ? t("directory.emptyFiltered") : t("directory.empty")}</p>
                </div>
              ) : (
                <ul class="cards" aria-labelledby="directory-results">
                  {data.items.map((association) => (
                    <li key={association.id}>
                      <AssociationCard association={association} />
                    </li>
                  ))}
                </ul>
              )}
              <Pagination
                list={data}
                hrefFor={(p) => `/associations${queryString({ ...filters, page: p > 1 ? p : undefined })}`}
              />
            </>
          )}
        </LoadState>
      </section>
      <aside class="card callout" aria-labelledby="directory-apply">
        <h2 id="directory-apply">{t("directory.applyTitle")}</h2>
        <p>{t("directory.applyBody")}</p>
        <a class="button button-secondary" href={user ? "/apply" : "/login?next=/apply"}>
          {t("nav.apply")}
        </a>
      </aside>
    </div>
  );
}
