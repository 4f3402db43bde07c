import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { proposalLimits } from "../../../common/proposals.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/proposals.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchMyAssociations } from "../associations/api.js";
import { fetchProposal, proposeAmendment } from "./api.js";
import "./proposals.css";

type Kind = "passage" | "full";

/** The amendment form: a passage of the current text and its replacement, or the whole new text. */
export function AmendmentFormPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? "";
  const proposal = useResource(() => fetchProposal(id), [id]);
  const mine = useResource(fetchMyAssociations, []);
  const [values, setValues] = useState({
    associationId: "",
    kind: "passage" as Kind,
    passage: "",
    replacement: "",
    bodyMd: "",
    rationale: "",
  });
  const { busy, error, run } = useSubmit();
  const allowed = proposal.data?.abilities.amendAs ?? [];
  const options = (mine.data ?? [])
    .filter((m) => allowed.includes(m.association.id))
    .map((m) => ({
      value: m.association.id,
      label: locale === "fr" && m.association.nameFr ? m.association.nameFr : m.association.nameAr,
    }));
  useEffect(() => {
    if (!values.associationId && options[0]) setValues((v) => ({ ...v, associationId: options[0]!.value }));
    if (proposal.data && values.bodyMd === "") setValues((v) => ({ ...v, bodyMd: proposal.data!.bodyMd }));
  }, [options.length, proposal.data]);

  const errors = describeFormError(error, i18n, {
    values,
    codeFields: { AMENDMENT_PASSAGE_NOT_FOUND: { field: "passage", key: "errors.AMENDMENT_PASSAGE_NOT_FOUND" } },
  });
  const submit = () =>
    run(async () => {
      const rationale = values.rationale.trim() || undefined;
      const input =
        values.kind === "full"
          ? { associationId: values.associationId, kind: "full" as const, bodyMd: values.bodyMd, rationale }
          : {
              associationId: values.associationId,
              kind: "passage" as const,
              passage: values.passage,
              replacement: values.replacement,
              rationale,
            };
      await proposeAmendment(id, input);
      route(`/proposals/${id}#proposal-amendments`);
    });

  return (
    <LoadState resource={proposal}>
      {(data) => {
        const title = t("amendmentForm.title", { title: data.title });
        return (
          <div class="stack narrow">
            <PageHeading title={title} />
            <p>
              <a href={`/proposals/${id}`}>{t("amendmentForm.back")}</a>
            </p>
            <Form onSubmit={submit} alert={errors.alert} attempt={error} label={title}>
              <SelectField
                id="amendment-association"
                label={t("amendmentForm.association")}
                value={values.associationId}
                options={options}
                onValue={(associationId) => setValues({ ...values, associationId })}
                error={errors.fields.associationId}
                required
              />
              <SelectField<Kind>
                id="amendment-kind"
                label={t("amendmentForm.kind")}
                value={values.kind}
                options={[
                  { value: "passage", label: t("amendment.kindPassage") },
                  { value: "full", label: t("amendment.kindFull") },
                ]}
                onValue={(kind) => setValues({ ...values, kind })}
              />
              {values.kind === "passage" ? (
                <>
                  <TextAreaField
                    id="amendment-passage"
                    label={t("amendmentForm.passage")}
                    hint={t("amendmentForm.passageHint")}
                    value={values.passage}
                    onValue={(passage) => setValues({ ...values, passage })}
                    rows={3}
                    maxLength={proposalLimits.passageMax}
                    error={errors.fields.passage}
                    required
                  />
                  <TextAreaField
                    id="amendment-replacement"
                    label={t("amendmentForm.replacement")}
                    value={values.replacement}
                    onValue={(replacement) => setValues({ ...values, replacement })}
                    rows={3}
                    maxLength={proposalLimits.passageMax}
                    error={errors.fields.replacement}
                  />
                </>
              ) : (
                <TextAreaField
                  id="amendment-body"
                  label={t("amendmentForm.body")}
                  value={values.bodyMd}
                  onValue={(bodyMd) => setValues({ ...values, bodyMd })}
                  rows={12}
                  maxLength={proposalLimits.bodyMax}
                  error={errors.fields.bodyMd}
                  required
                />
              )}
              <TextAreaField
                id="amendment-rationale"
                label={t("amendmentForm.rationale")}
                value={values.rationale}
                onValue={(rationale) => setValues({ ...values, rationale })}
                rows={3}
                maxLength={proposalLimits.rationaleMax}
                error={errors.fields.rationale}
              />
              <SubmitFooter label={t("amendmentForm.send")} busy={busy} done={false} />
            </Form>
          </div>
        );
      }}
    </LoadState>
  );
}
