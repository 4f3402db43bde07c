import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { SelectField } from "../../components/SelectField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/proposals.js";
import { fetchDiff, fetchProposal, fetchVersion } from "./api.js";
import { DiffView } from "./DiffView.js";
import "./proposals.css";

/** Every version of a proposal's text, one shown in full, and the differences between any two. */
export function VersionsPage() {
  const { t, formatDate } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? "";
  const proposal = useResource(() => fetchProposal(id), [id]);
  const latest = proposal.data?.currentVersion ?? 1;
  const [shown, setShown] = useState(0);
  const [pair, setPair] = useState({ from: 0, to: 0 });
  useEffect(() => {
    if (!proposal.data) return;
    setShown(latest);
    setPair({ from: Math.max(1, latest - 1), to: latest });
  }, [proposal.data?.id, latest]);
  const version = useResource(() => (shown ? fetchVersion(id, shown) : Promise.resolve(null)), [id, shown]);
  const diff = useResource(
    () => (pair.from && pair.to ? fetchDiff(id, pair.from, pair.to) : Promise.resolve(null)),
    [id, pair.from, pair.to],
  );

  return (
    <LoadState resource={proposal}>
      {(data) => {
        const options = data.versions.map((v) => ({
          value: String(v.number),
          label: t("proposals.version", { number: v.number }),
        }));
        return (
          <div class="stack">
            <PageHeading title={t("versions.title", { title: data.title })} />
            <p>
              <a href={`/proposals/${id}`}>{t("amendmentForm.back")}</a>
            </p>
            <section aria-labelledby="versions-list" class="card">
              <h2 id="versions-list">{t("versions.list")}</h2>
              <ol class="plain-list versions">
                {data.versions.map((v) => (
                  <li key={v.number}>
                    <button
                      type="button"
                      class="button-quiet"
                      aria-pressed={shown === v.number}
                      onClick={() => setShown(v.number)}
                    >
                      {t("proposals.version", { number: v.number })}
                    </button>{" "}
                    <time dateTime={v.createdAt}>{formatDate(v.createdAt, "day")}</time>{" "}
                    <span class="muted">{v.amendmentId ? t("versions.fromAmendment") : t("versions.first")}</span>
                  </li>
                ))}
              </ol>
            </section>
            {data.versions.length > 1 && (
              <section aria-labelledby="versions-diff" class="card stack-small">
                <h2 id="versions-diff">{t("diff.label")}</h2>
                <div class="versions-pair">
                  <SelectField
                    id="versions-from"
                    label={t("versions.from")}
                    value={String(pair.from)}
                    options={options}
                    onValue={(from) => setPair({ ...pair, from: Number(from) })}
                  />
                  <SelectField
                    id="versions-to"
                    label={t("versions.to")}
                    value={String(pair.to)}
                    options={options}
                    onValue={(to) => setPair({ ...pair, to: Number(to) })}
                  />
                </div>
                <LoadState resource={diff}>{(d) => (d ? <DiffView parts={d.parts} /> : null)}</LoadState>
              </section>
            )}
            <section aria-labelledby="versions-text" class="card">
              <h2 id="versions-text">{t("versions.text", { number: shown || latest })}</h2>
              <LoadState resource={version}>{(v) => (v ? <SanitizedHtml html={v.bodyHtml} /> : null)}</LoadState>
            </section>
          </div>
        );
      }}
    </LoadState>
  );
}
