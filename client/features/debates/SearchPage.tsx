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
import { debateStatuses, type SearchHit, type SearchQuery, searchTypes } from "./types.js";
import "./debates.css";

type Option = { value: string; label: string };
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
            status: (current.status || undefined) as SearchQuery["status"],
            from: current.from || undefined,
            to: current.to || undefined,
            page,
          })
        : Promise.resolve(null),
    [...keys.map((key) => current[key]), page],
  );
  // The filters that choose one value among a few, then the days: each block is one of these.
  const choices: { key: "type" | "category" | "status"; label: string; any: string; options: Option[] }[] = [
    {
      key: "type",
      label: t("search.type"),
      any: t("search.type.all"),
      options: searchTypes.map((type) => ({ value: type, label: t(`search.type.${type}`) })),
    },
    {
      key: "category",
      label: t("compose.category"),
      any: t("debates.allCategories"),
      options: (categories.data ?? []).map((category) => ({
        value: category.slug,
        label: categoryName(category, locale),
      })),
    },
    {
      key: "status",
      label: t("search.status"),
      any: t("search.anyStatus"),
      options: debateStatuses.map((status) => ({ value: status, label: t(`debates.status.${status}`) })),
    },
  ];
  const days: { key: "from" | "to"; label: string }[] = [
    { key: "from", label: t("search.from") },
    { key: "to", label: t("search.to") },
  ];
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
            {choices.map((choice) => (
              <SelectField
                key={choice.key}
                id={`search-${choice.key}`}
                label={choice.label}
                value={draft[choice.key]}
                onValue={set(choice.key)}
                options={[{ value: "", label: choice.any }, ...choice.options]}
              />
            ))}
            {days.map((day) => (
              <TextField
                key={day.key}
                id={`search-${day.key}`}
                label={day.label}
                type="date"
                value={draft[day.key]}
                onValue={set(day.key)}
                autoComplete="off"
              />
            ))}
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
                  {t(data.totalCapped ? "search.countMore" : "search.count", { count: data.total })}
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
        {hit.category && (
          <>
            {" · "}
            <bdi>{categoryName(hit.category, locale)}</bdi>
          </>
        )}{" "}
        · <time dateTime={hit.createdAt}>{formatDate(hit.createdAt)}</time>
      </p>
    </li>
  );
}
