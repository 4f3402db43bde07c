import "../../i18n/decisions.js";
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import type { DecisionDetail } from "../../../common/decisions.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchDecision, postCorrection } from "./api.js";
import { Figures } from "./Figures.js";
import { label } from "./labels.js";
import "./decisions.css";

/** The recorded quorum (a share of the electorate) as a percentage; any other text as it is. */
function quorumText(quorum: string, formatNumber: (n: number, o?: Intl.NumberFormatOptions) => string): string {
  const share = Number(quorum);
  return Number.isFinite(share) ? formatNumber(share, { style: "percent", maximumFractionDigits: 1 }) : quorum;
}

/** A moderator's correction: a new record naming this one. */
function CorrectionForm({ record, onDone }: { record: DecisionDetail; onDone: (number: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState({ title: "", textMd: "" });
  const submit = useSubmit();
  const errors = describeFormError(submit.error, i18n, { values });
  return (
    <section class="decision-correct no-print" aria-labelledby="decision-correct">
      <h2 id="decision-correct">{t("decisions.correct")}</h2>
      <p class="muted">{t("decisions.correctHint")}</p>
      <Form
        attempt={submit.error}
        alert={errors.alert}
        onSubmit={() =>
          void submit.run(async () => {
            const made = await postCorrection(record.id, values);
            onDone(made.number);
          })
        }
      >
        <TextField
          id="correction-title"
          label={t("decisions.form.title")}
          value={values.title}
          onValue={(title) => setValues({ ...values, title })}
          autoComplete="off"
          required
          error={errors.fields.title}
        />
        <TextAreaField
          id="correction-text"
          label={t("decisions.form.text")}
          value={values.textMd}
          onValue={(textMd) => setValues({ ...values, textMd })}
          required
          error={errors.fields.textMd}
        />
        <button type="submit" class="button" disabled={submit.busy}>
          {t("decisions.form.correctSubmit")}
        </button>
      </Form>
    </section>
  );
}

/** One record of the register at its permalink (`/decisions/2026/014`), printable on A4. */
export function DecisionPage() {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const { params } = useRoute();
  const year = params.year ?? "";
  const seq = params.seq ?? "";
  const record = useResource(() => fetchDecision(year, seq), [year, seq]);

  return (
    <div class="stack readable decision">
      <LoadState resource={record}>
        {(data) => {
          const c = data.content;
          const rows: [string, string | null][] = [
            [t("decisions.kind"), label(i18n, "kind", c.kind)],
            [t("decisions.outcome"), label(i18n, "outcome", c.outcome)],
            [t("decisions.decidedAt"), formatDate(c.decidedAt)],
            [t("decisions.method"), c.method === null ? null : label(i18n, "method", c.method)],
            [t("decisions.electorateSize"), c.electorateSize === null ? null : formatNumber(c.electorateSize)],
            [t("decisions.quorum"), c.quorum === null ? null : quorumText(c.quorum, formatNumber)],
            [t("decisions.rule"), c.rule === null ? null : label(i18n, "rule", c.rule)],
            [t("decisions.openedAt"), c.openedAt ? formatDate(c.openedAt, "dayAndTime") : null],
            [t("decisions.closedAt"), c.closedAt ? formatDate(c.closedAt, "dayAndTime") : null],
            [t("decisions.recordedAt"), formatDate(c.recordedAt, "dayAndTime")],
          ];
          return (
            <>
              <p class="decision-printed print-only">{t("decisions.printedFrom", { number: data.number })}</p>
              <p class="no-print">
                <a href="/decisions">{t("decisions.back")}</a>
              </p>
              <p class="decision-number">
                <bdi dir="ltr">{data.number}</bdi>
              </p>
              <PageHeading title={data.title}>
                <bdi>{data.title}</bdi>
              </PageHeading>
              {data.corrects && (
                <p class="register-note">
                  <a href={`/decisions/${data.corrects.number}`}>
                    {t("decisions.corrects", { number: data.corrects.number })}
                  </a>
                </p>
              )}
              {data.corrections.length > 0 && (
                <div class="notice" role="note">
                  <p>{t("decisions.corrections")}:</p>
                  <ul>
                    {data.corrections.map((correction) => (
                      <li key={correction.id}>
                        <a href={`/decisions/${correction.number}`}>
                          <bdi dir="ltr">{correction.number}</bdi> — <bdi>{correction.title}</bdi>
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <section aria-labelledby="decision-text">
                <h2 id="decision-text">{t("decisions.text")}</h2>
                <SanitizedHtml html={c.textHtml} />
              </section>
              <section aria-labelledby="decision-details">
                <h2 id="decision-details">{t("decisions.details")}</h2>
                <dl class="decision-fields">
                  {rows
                    .filter((row): row is [string, string] => row[1] !== null)
                    .map(([name, value]) => (
                      <div key={name}>
                        <dt>{name}</dt>
                        <dd>
                          <bdi>{value}</bdi>
                        </dd>
                      </div>
                    ))}
                </dl>
                {c.figures && <Figures figures={c.figures} />}
                {c.links.length > 0 && (
                  <>
                    <h3>{t("decisions.links")}</h3>
                    <ul>
                      {c.links.map((link) => (
                        <li key={link.href}>
                          <a href={link.href.startsWith("/") ? link.href : "#"}>
                            <bdi>{link.label}</bdi>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {c.source && (
                  <p>
                    {t("decisions.source")}:{" "}
                    <a href={`/api/decisions/${data.id}/source`}>
                      {t("decisions.sourceDownload", { name: c.source.name })}
                    </a>
                  </p>
                )}
              </section>
              <section aria-labelledby="decision-integrity" class="decision-integrity">
                <h2 id="decision-integrity">{t("decisions.integrity")}</h2>
                <dl class="decision-fields">
                  <div>
                    <dt>{t("decisions.position")}</dt>
                    <dd>{formatNumber(data.position)}</dd>
                  </div>
                  <div>
                    <dt>{t("decisions.hash")}</dt>
                    <dd>
                      <code dir="ltr" class="decision-hash">
                        {data.hash}
                      </code>
                    </dd>
                  </div>
                  <div>
                    <dt>{t("decisions.previousHash")}</dt>
                    <dd>
                      <code dir="ltr" class="decision-hash">
                        {data.previousHash}
                      </code>
                    </dd>
                  </div>
                </dl>
              </section>
              <p class="no-print">
                <button type="button" class="button button-secondary" onClick={() => window.print()}>
                  {t("decisions.print")}
                </button>
              </p>
              {data.abilities.correct && (
                <CorrectionForm
                  record={data}
                  onDone={(number) => {
                    window.location.assign(`/decisions/${number}`);
                  }}
                />
              )}
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
