import "../../i18n/debates.js";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { SelectField } from "../../components/SelectField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchCategories, searchDebates } from "./api.js";
import { associationName, categoryName, debateHref, replyAnchor } from "./names.js";
import type { DebateStatus, SearchHit, SearchQuery } from "./types.js";
import "./debates.css";

type Filters = { q: string; type: string; category: string; status: string; from: string; to: string };
const keys: (keyof Filters)[] = ["q", "type", "category", "status", "from", "to"];

/** `/search?q=`: debates and replies ranked, each with an excerpt whose matches are marked; filters and paging. */
export function SearchPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { query, route } = useLocation();
  const current = Object.fromEntries(keys.map((key) => [key, query[key] ?? ""])) as Filters;
  const page = pageFromQuery(query);
  const [draft, setDraft] = useState<Filters>(current);
  const categories = useResource(fetchCategories, []);
  const results = useResource(
    () =>
      current.q.trim()
        ? searchDebates({
            q: current.q,
            type: (current.type || undefined) as SearchQuery["type"],
            category: current.category || undefined,
            status: (current.status || undefined) as DebateStatus | undefined,
            from: current.from || undefined,
            to: current.to || undefined,
            page,
          })
        : Promise.resolve(null),
    [...keys.map((key) => current[key]), page],
  );
  const href = (filters: Filters, p?: number) =>
    `/search${queryString({ ...filters, page: p && p > 1 ? p : undefined })}`;
  const set = (key: keyof Filters) => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <div class="stack">
      <PageHeading title={t("search.title")} />
      <search>
        <form
          class="card search-filters"
          onSubmit={(event) => {
            event.preventDefault();
            route(href(draft));
          }}
        >
          <TextField
            id="search-q"
            label={t("search.label")}
            hint={t("search.hint")}
            type="search"
            dir="auto"
            value={draft.q}
            onValue={set("q")}
            autoComplete="off"
          />
          <div class="search-filter-grid">
            <SelectField
              id="search-type"
              label={t("search.type")}
              value={draft.type}
              onValue={set("type")}
              options={[
                { value: "", label: t("search.type.all") },
                { value: "debates", label: t("search.type.debates") },
                { value: "replies", label: t("search.type.replies") },
              ]}
            />
            <SelectField
              id="search-category"
              label={t("compose.category")}
              value={draft.category}
              onValue={set("category")}
              options={[
                { value: "", label: t("debates.allCategories") },
                ...(categories.data ?? []).map((category) => ({
                  value: category.slug,
                  label: categoryName(category, locale),
                })),
              ]}
            />
            <SelectField
              id="search-status"
              label={t("search.status")}
              value={draft.status}
              onValue={set("status")}
              options={[
                { value: "", label: t("search.anyStatus") },
                { value: "open", label: t("debates.status.open") },
                { value: "locked", label: t("debates.status.locked") },
                { value: "closed", label: t("debates.status.closed") },
              ]}
            />
            <TextField
              id="search-from"
              label={t("search.from")}
              type="date"
              value={draft.from}
              onValue={set("from")}
              autoComplete="off"
            />
            <TextField
              id="search-to"
              label={t("search.to")}
              type="date"
              value={draft.to}
              onValue={set("to")}
              autoComplete="off"
            />
          </div>
          <div class="form-footer">
            <button type="submit" class="button">
              {t("search.submit")}
            </button>
          </div>
        </form>
      </search>
      <section aria-labelledby="search-results" aria-busy={results.status === "loading"}>
        <h2 id="search-results" class="visually-hidden">
          {t("search.title")}
        </h2>
        <LoadState resource={results}>
          {(data) =>
            data === null ? (
              <p class="muted">{t("search.prompt")}</p>
            ) : (
              <>
                <p class="result-count" role="status">
                  {t("search.count", { count: data.total })}
                </p>
                {data.items.length === 0 ? (
                  <p class="muted">{t("search.empty")}</p>
                ) : (
                  <ol class="search-results">
                    {data.items.map((hit) => (
                      <SearchResult key={`${hit.type}:${hit.replyId ?? hit.debateId}`} hit={hit} />
                    ))}
                  </ol>
                )}
                <Pagination list={data} hrefFor={(p) => href(current, p)} />
              </>
            )
          }
        </LoadState>
      </section>
    </div>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const { t, locale, formatDate } = useI18n();
  const href = hit.replyId ? `${debateHref(hit.debateId)}#${replyAnchor(hit.replyId)}` : debateHref(hit.debateId);
  return (
    <li class="card search-hit">
      <h3>
        <a href={href}>{hit.type === "reply" ? t("search.reply", { title: hit.title }) : <bdi>{hit.title}</bdi>}</a>
      </h3>
      <div class="search-excerpt" dir="auto">
        <SanitizedHtml html={hit.excerptHtml} />
      </div>
      <p class="muted">
        {hit.association
          ? t("debates.byFor", { author: hit.author.name, association: associationName(hit.association, locale) })
          : t("debates.by", { author: hit.author.name })}
        {hit.category && ` · ${categoryName(hit.category, locale)}`} ·{" "}
        <time dateTime={hit.createdAt}>{formatDate(hit.createdAt)}</time>
      </p>
    </li>
  );
}
