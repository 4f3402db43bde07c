import "../../i18n/debates.js";
import { useLocation } from "preact-iso";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { fetchCategories, fetchDebates } from "./api.js";
import { DebateList } from "./DebateList.js";
import { categoryHref, categoryName } from "./names.js";
import { SearchBox } from "./SearchBox.js";
import "./debates.css";

/** «النقاشات»: the categories in their order, with their descriptions and counts, and the latest activity. */
export function DebatesHome() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const tag = query.tag || undefined;
  const categories = useResource(fetchCategories, []);
  const recent = useResource(() => fetchDebates({ sort: "activity", pageSize: 10, tag }), [user?.id, tag]);
  return (
    <div class="stack">
      <PageHeading title={t("debates.title")} />
      <p class="lead">{t("debates.intro")}</p>
      <div class="debates-toolbar">
        <SearchBox initial="" />
        {user ? (
          <a class="button" href="/debates/new">
            {t("debates.new")}
          </a>
        ) : (
          <p class="muted">
            {t("debates.loginToDebate")} <a href="/login?next=/debates">{t("nav.login")}</a>
          </p>
        )}
      </div>
      <div class="columns">
        <section class="stack-small" aria-labelledby="categories-title">
          <h2 id="categories-title">{t("debates.categories")}</h2>
          <LoadState resource={categories}>
            {(list) =>
              list.length === 0 ? (
                <p class="muted">{t("debates.noCategories")}</p>
              ) : (
                <ul class="category-list">
                  {[...list]
                    .sort((a, b) => a.position - b.position)
                    .map((category) => (
                      <li key={category.id} class="card category-card">
                        <h3>
                          <a href={categoryHref(category.slug)}>{categoryName(category, locale)}</a>
                        </h3>
                        <p lang="ar" dir="rtl">
                          {category.descriptionAr}
                        </p>
                        <p class="muted">{t("debates.categoryCount", { count: category.debateCount })}</p>
                      </li>
                    ))}
                </ul>
              )
            }
          </LoadState>
        </section>
        <section class="stack-small" aria-labelledby="recent-title">
          <h2 id="recent-title">{tag ? `${t("debates.tags")}: ${tag}` : t("debates.recent")}</h2>
          <LoadState resource={recent}>
            {(page) =>
              page.items.length === 0 ? (
                <p class="muted">{t("debates.noDebates")}</p>
              ) : (
                <DebateList items={page.items} label={t("debates.recent")} />
              )
            }
          </LoadState>
        </section>
      </div>
    </div>
  );
}
