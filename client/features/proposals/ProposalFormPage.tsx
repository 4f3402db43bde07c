import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { proposalLimits } from "../../../common/proposals.js";
import { Form } from "../../components/Form.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import "../../i18n/proposals.js";
import { Redirect } from "../../components/Redirect.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchMyAssociations } from "../associations/api.js";
import { useSession } from "../auth/session.js";
import { createProposal, fetchCategories, fetchProposal, updateProposal } from "./api.js";
import "./proposals.css";

/** «مقترح جديد» and a draft's edit: title, text, and the association it is written for. */
export function ProposalFormPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { params } = useRoute();
  const { route } = useLocation();
  const { status, user } = useSession();
  const editing = params.id;
  const mine = useResource(fetchMyAssociations, [user?.id]);
  const existing = useResource(() => (editing ? fetchProposal(editing) : Promise.resolve(null)), [editing]);
  const categories = useResource(fetchCategories, []);
  const [values, setValues] = useState({ title: "", bodyMd: "", associationId: "", categoryId: "" });
  const { busy, error, run } = useSubmit();

  const options = (mine.data ?? [])
    .filter((m) => m.role === "representative" && m.association.status === "active")
    .map((m) => ({
      value: m.association.id,
      label: locale === "fr" && m.association.nameFr ? m.association.nameFr : m.association.nameAr,
    }));

  useEffect(() => {
    const draft = existing.data;
    if (draft) {
      setValues({
        title: draft.title,
        bodyMd: draft.bodyMd,
        associationId: draft.association.id,
        categoryId: draft.categoryId ?? "",
      });
    }
  }, [existing.data]);
  useEffect(() => {
    if (!editing && !values.associationId && options[0]) setValues((v) => ({ ...v, associationId: options[0]!.value }));
  }, [options.length]);

  if (status !== "loading" && !user) return <Redirect to={`/login?next=${encodeURIComponent("/proposals/new")}`} />;

  const errors = describeFormError(error, i18n, { values });
  const submit = () =>
    run(async () => {
      if (editing) {
        await updateProposal(editing, {
          title: values.title,
          bodyMd: values.bodyMd,
          categoryId: values.categoryId || null,
        });
        route(`/proposals/${editing}`);
      } else {
        const created = await createProposal({
          title: values.title,
          bodyMd: values.bodyMd,
          associationId: values.associationId,
          categoryId: values.categoryId || null,
        });
        route(`/proposals/${created.id}`);
      }
    });
  const title = editing ? t("proposalForm.edit") : t("proposalForm.newTitle");

  return (
    <div class="stack narrow">
      <PageHeading title={title} />
      {mine.status === "ready" && options.length === 0 && !editing ? (
        <p class="notice notice-info">{t("proposalForm.noAssociation")}</p>
      ) : (
        <Form onSubmit={submit} alert={errors.alert} attempt={error} label={title}>
          {!editing && (
            <SelectField
              id="proposal-association"
              label={t("proposalForm.association")}
              hint={t("proposalForm.associationHint")}
              value={values.associationId}
              options={options}
              onValue={(associationId) => setValues({ ...values, associationId })}
              error={errors.fields.associationId}
              required
            />
          )}
          <TextField
            id="proposal-title"
            label={t("proposalForm.title")}
            value={values.title}
            onValue={(value) => setValues({ ...values, title: value })}
            autoComplete="off"
            maxLength={proposalLimits.titleMax}
            error={errors.fields.title}
            dir="auto"
            required
          />
          {(categories.data ?? []).length > 0 && (
            <SelectField
              id="proposal-category"
              label={t("proposals.filterCategory")}
              value={values.categoryId}
              options={[
                { value: "", label: t("proposalForm.noCategory") },
                ...(categories.data ?? []).map((c) => ({
                  value: c.id,
                  label: locale === "fr" && c.nameFr ? c.nameFr : c.nameAr,
                })),
              ]}
              onValue={(categoryId) => setValues({ ...values, categoryId })}
              error={errors.fields.categoryId}
            />
          )}
          <TextAreaField
            id="proposal-body"
            label={t("proposalForm.body")}
            hint={t("proposalForm.bodyHint")}
            value={values.bodyMd}
            onValue={(bodyMd) => setValues({ ...values, bodyMd })}
            rows={12}
            maxLength={proposalLimits.bodyMax}
            error={errors.fields.bodyMd}
            required
          />
          <SubmitFooter label={t("proposalForm.save")} busy={busy} done={false} />
        </Form>
      )}
    </div>
  );
}
