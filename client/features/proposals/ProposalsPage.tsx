import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type ProposalState, proposalStates } from "../../../common/proposals.js";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { SelectField } from "../../components/SelectField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/proposals.js";
import { fetchDirectory } from "../associations/api.js";
import { useSession } from "../auth/session.js";
import { fetchCategories, fetchProposals } from "./api.js";
import { StateBadge } from "./StateBadge.js";
import "./proposals.css";

const pageSize = 20;

type Filters = { state: string; association: string; category: string };

/** «المقترحات»: the proposals, filtered by state, category and author association, a page at a time. */
export function ProposalsPage() {
  const { t, locale, formatDate } = useI18n();
  const { query, route } = useLocation();
  const { user } = useSession();
  const current: Filters = {
    state: query.state ?? "",
    association: query.association ?? "",
    category: query.category ?? "",
  };
  const [values, setValues] = useState(current);
  useEffect(() => setValues(current), [current.state, current.association, current.category]);
  const page = pageFromQuery(query);
  const list = useResource(
    () =>
      fetchProposals({
        page,
        pageSize,
        state: (current.state || undefined) as ProposalState | undefined,
        association: current.association || undefined,
        category: current.category || undefined,
      }),
    [page, current.state, current.association, current.category],
  );
  const associations = useResource(() => fetchDirectory({ pageSize: 50 }), []);
  const categories = useResource(fetchCategories, []);
  const filtered = Boolean(current.state || current.association || current.category);
  const apply = (next: Filters) => route(`/proposals${queryString(next)}`);
  const any = t("proposals.any");

  return (
    <div class="stack">
      <PageHeading title={t("proposals.title")} />
      <p class="lead">{t("proposals.intro")}</p>
      {user && (
        <p>
          <a class="button" href="/proposals/new">
            {t("proposals.new")}
          </a>
        </p>
      )}
      <form
        class="filters card proposal-filters"
        aria-label={t("proposals.filtersLabel")}
        onSubmit={(event) => {
          event.preventDefault();
          apply(values);
        }}
      >
        <SelectField
          id="proposals-state"
          label={t("proposals.filterState")}
          value={values.state}
          options={[
            { value: "", label: any },
            ...proposalStates.map((s) => ({ value: s, label: t(`proposalState.${s}`) })),
          ]}
          onValue={(state) => setValues({ ...values, state })}
        />
        <SelectField
          id="proposals-association"
          label={t("proposals.filterAssociation")}
          value={values.association}
          options={[
            { value: "", label: any },
            ...(associations.data?.items ?? []).map((a) => ({
              value: a.id,
              label: locale === "fr" && a.nameFr ? a.nameFr : a.nameAr,
            })),
          ]}
          onValue={(association) => setValues({ ...values, association })}
        />
        {(categories.data ?? []).length > 0 && (
          <SelectField
            id="proposals-category"
            label={t("proposals.filterCategory")}
            value={values.category}
            options={[
              { value: "", label: any },
              ...(categories.data ?? []).map((c) => ({
                value: c.id,
                label: locale === "fr" && c.nameFr ? c.nameFr : c.nameAr,
              })),
            ]}
            onValue={(category) => setValues({ ...values, category })}
          />
        )}
        <div class="form-footer">
          <button type="submit" class="button">
            {t("proposals.apply")}
          </button>
          <button
            type="button"
            class="button-quiet"
            disabled={!filtered}
            onClick={() => apply({ state: "", association: "", category: "" })}
          >
            {t("proposals.reset")}
          </button>
        </div>
      </form>
      <section aria-labelledby="proposals-results" aria-busy={list.status === "loading"}>
        <h2 id="proposals-results" class="visually-hidden">
          {t("proposals.results")}
        </h2>
        <LoadState resource={list}>
          {(data) => (
            <>
              <p class="result-count" role="status">
                {t("proposals.count", { count: data.total })}
              </p>
              {data.items.length === 0 ? (
                <div class="empty">
                  <p>{filtered ? t("proposals.emptyFiltered") : t("proposals.empty")}</p>
                </div>
              ) : (
                <ul class="proposal-list plain-list">
                  {data.items.map((proposal) => (
                    <li key={proposal.id} class="card proposal-card">
                      <h3>
                        <a href={`/proposals/${proposal.id}`}>
                          <bdi>{proposal.title}</bdi>
                        </a>
                      </h3>
                      <p class="proposal-meta">
                        <StateBadge state={proposal.state} />{" "}
                        <span>
                          {t("proposals.by", {
                            association:
                              locale === "fr" && proposal.association.nameFr
                                ? proposal.association.nameFr
                                : proposal.association.nameAr,
                          })}
                        </span>
                        {" · "}
                        <span>{t("proposals.sponsorCount", { count: proposal.sponsorCount })}</span>
                        {" · "}
                        <span>{t("proposals.version", { number: proposal.currentVersion })}</span>
                      </p>
                      <p class="muted">{t("proposals.updated", { date: formatDate(proposal.updatedAt, "day") })}</p>
                    </li>
                  ))}
                </ul>
              )}
              <Pagination
                list={data}
                hrefFor={(p) => `/proposals${queryString({ ...current, page: p > 1 ? p : undefined })}`}
              />
            </>
          )}
        </LoadState>
      </section>
    </div>
  );
}
