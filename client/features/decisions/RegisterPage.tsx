import "../../i18n/decisions.js";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { decisionKinds, manualOutcomes } from "../../../common/decisions.js";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchDecisions, fetchVerification, type RegisterFilters } from "./api.js";
import { label } from "./labels.js";
import "./decisions.css";

/** Whether the chain recomputed on the server is intact, said in one line. */
function Verification() {
  const { t } = useI18n();
  const report = useResource(fetchVerification, []);
  if (!report.data)
    return (
      <p class="muted" role="status">
        {t("decisions.verifying")}
      </p>
    );
  const { ok, count, problem } = report.data;
  return ok ? (
    <p class="register-status register-ok" role="status">
      {t("decisions.verified", { count })}
    </p>
  ) : (
    <p class="register-status register-broken" role="alert">
      {t("decisions.notVerified", {
        number: problem?.number ?? String(problem?.position ?? ""),
        detail: problem?.detail ?? "",
      })}
    </p>
  );
}

/** «سجل القرارات»: the public register, filtered, searched and paged; its verification and exports. */
export function RegisterPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { query, route } = useLocation();
  const filters: RegisterFilters = {
    page: pageFromQuery(query),
    year: query.year,
    kind: query.kind,
    outcome: query.outcome,
    q: query.q,
  };
  const [draft, setDraft] = useState({
    q: query.q ?? "",
    year: query.year ?? "",
    kind: query.kind ?? "",
    outcome: query.outcome ?? "",
  });
  const list = useResource(() => fetchDecisions(filters), [query.page, query.year, query.kind, query.outcome, query.q]);
  const hrefFor = (page: number) => `/decisions${queryString({ ...draft, page: page > 1 ? page : undefined })}`;

  return (
    <div class="stack register">
      <PageHeading title={t("decisions.title")} />
      <p class="lead">{t("decisions.intro")}</p>
      <Verification />
      <LoadState resource={list}>
        {(data) => (
          <>
            <form
              class="register-filters"
              aria-label={t("decisions.filters")}
              onSubmit={(event) => {
                event.preventDefault();
                route(`/decisions${queryString(draft)}`);
              }}
            >
              <label class="register-filter register-search">
                <span>{t("decisions.search")}</span>
                <input
                  type="search"
                  value={draft.q}
                  onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
                />
              </label>
              <label class="register-filter">
                <span>{t("decisions.year")}</span>
                <select value={draft.year} onChange={(e) => setDraft({ ...draft, year: e.currentTarget.value })}>
                  <option value="">{t("decisions.any")}</option>
                  {data.years.map((year) => (
                    <option key={year} value={String(year)}>
                      {year}
                    </option>
                  ))}
                </select>
              </label>
              <label class="register-filter">
                <span>{t("decisions.kind")}</span>
                <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}>
                  <option value="">{t("decisions.any")}</option>
                  {decisionKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {label(i18n, "kind", kind)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="register-filter">
                <span>{t("decisions.outcome")}</span>
                <select value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.currentTarget.value })}>
                  <option value="">{t("decisions.any")}</option>
                  {[...manualOutcomes, "no_quorum", "tie"].map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {label(i18n, "outcome", outcome)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" class="button">
                {t("decisions.apply")}
              </button>
            </form>
            {data.abilities.record && (
              <p>
                <a class="button" href="/decisions/new">
                  {t("decisions.new")}
                </a>
              </p>
            )}
            {data.items.length === 0 ? (
              <p class="empty">
                {data.total === 0 && !query.q && !query.year && !query.kind && !query.outcome
                  ? t("decisions.none")
                  : t("decisions.empty")}
              </p>
            ) : (
              <ol class="register-list">
                {data.items.map((item) => (
                  <li key={item.id} class="register-item">
                    <a class="register-number" href={`/decisions/${item.number}`}>
                      <bdi dir="ltr">{item.number}</bdi>
                    </a>
                    <a class="register-title" href={`/decisions/${item.number}`}>
                      <bdi>{item.title}</bdi>
                    </a>
                    <span class="register-meta">
                      <span class={`register-badge register-kind-${item.kind}`}>{label(i18n, "kind", item.kind)}</span>
                      <span class={`register-badge register-outcome-${item.outcome}`}>
                        {label(i18n, "outcome", item.outcome)}
                      </span>
                      <time dateTime={item.decidedAt}>{formatDate(item.decidedAt)}</time>
                    </span>
                    {item.correctsNumber && (
                      <span class="register-note">{t("decisions.corrects", { number: item.correctsNumber })}</span>
                    )}
                    {item.correctedBy.length > 0 && (
                      <span class="register-note">
                        {t("decisions.correctedBy", { numbers: item.correctedBy.join("، ") })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <Pagination list={data} hrefFor={hrefFor} />
          </>
        )}
      </LoadState>
      <section class="register-exports" aria-labelledby="register-exports">
        <h2 id="register-exports">{t("decisions.exports")}</h2>
        <ul>
          <li>
            <a href="/api/decisions/export.json" download>
              {t("decisions.exportJson")}
            </a>
          </li>
          <li>
            <a href="/api/decisions/export.csv" download>
              {t("decisions.exportCsv")}
            </a>
          </li>
          <li>
            <a href="/api/decisions/public-key">{t("decisions.publicKey")}</a>
          </li>
        </ul>
        <p class="muted">{t("decisions.howToCheck")}</p>
      </section>
    </div>
  );
}
