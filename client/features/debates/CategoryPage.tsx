import "../../i18n/debates.js";
import { useLocation } from "preact-iso";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { fetchCategories, fetchDebates } from "./api.js";
import { DebateList } from "./DebateList.js";
import { categoryHref, categoryName } from "./names.js";
import type { DebateSort } from "./types.js";
import "./debates.css";

const sorts: DebateSort[] = ["activity", "newest", "replies"];
const pageSize = 20;

/** A category's debates: sorted by activity, newest or most replies, a page at a time (pinned ones first). */
export function CategoryPage({ slug }: { slug: string }) {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const sort: DebateSort = sorts.includes(query.sort as DebateSort) ? (query.sort as DebateSort) : "activity";
  const page = pageFromQuery(query);
  const categories = useResource(fetchCategories, []);
  const list = useResource(() => fetchDebates({ category: slug, sort, page, pageSize }), [slug, sort, page, user?.id]);
  const category = categories.data?.find((item) => item.slug === slug);
  if (categories.data && !category) return <NotFoundPage />;
  const name = category ? categoryName(category, locale) : "";
  const href = (values: { sort?: DebateSort; page?: number }) =>
    `${categoryHref(slug)}${queryString({
      sort: (values.sort ?? sort) === "activity" ? undefined : (values.sort ?? sort),
      page: values.page && values.page > 1 ? values.page : undefined,
    })}`;

  return (
    <div class="stack">
      <nav class="breadcrumb" aria-label={t("debates.title")}>
        <a href="/debates">{t("debates.title")}</a>
      </nav>
      {category && <PageHeading title={name} />}
      {category && (
        <p class="lead" lang="ar" dir="rtl">
          {category.descriptionAr}
        </p>
      )}
      <div class="debates-toolbar">
        <nav class="sort-links" aria-label={t("debates.sortLabel")}>
          <span class="muted">{t("debates.sortLabel")}:</span>
          {sorts.map((value) => (
            <a key={value} href={href({ sort: value })} aria-current={value === sort ? "page" : undefined}>
              {t(`debates.sort.${value}`)}
            </a>
          ))}
        </nav>
        {user && (
          <a class="button" href={`/debates/new${queryString({ category: category?.id })}`}>
            {t("debates.new")}
          </a>
        )}
      </div>
      <section aria-busy={list.status === "loading"}>
        <LoadState resource={list}>
          {(data) => (
            <>
              {data.items.length === 0 ? (
                <p class="muted">{t("debates.noDebates")}</p>
              ) : (
                <DebateList
                  items={data.items}
                  label={t("debates.listLabel", { category: name })}
                  showCategory={false}
                />
              )}
              <Pagination list={data} hrefFor={(p) => href({ page: p })} />
            </>
          )}
        </LoadState>
      </section>
    </div>
  );
}
