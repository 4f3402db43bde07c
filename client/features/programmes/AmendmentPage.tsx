import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import {
  type AmendableField,
  type AmendmentTargetKind,
  programmeLimits as limits,
  type ProgrammeDetail,
} from "../../../common/programmes.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { type I18n, useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchProgramme, proposeAmendment } from "./api.js";
import "./programmes.css";

type Target = {
  key: string;
  kind: AmendmentTargetKind;
  id: string | null;
  field: AmendableField;
  label: string;
  text: string;
};

/** Every text of the programme an amendment may change, labelled for the reader. */
function targetsOf(programme: ProgrammeDetail, t: I18n["t"]): Target[] {
  const targets: Target[] = [
    {
      key: "introduction",
      kind: "introduction",
      id: null,
      field: "introductionMd",
      label: t("programme.introduction"),
      text: programme.introductionMd,
    },
  ];
  for (const axis of programme.axes) {
    const axisName = t("programme.axis", { n: axis.position + 1, title: axis.title });
    targets.push(
      {
        key: `axis-title-${axis.id}`,
        kind: "axis",
        id: axis.id,
        field: "title",
        label: `${axisName}: ${t("target.title")}`,
        text: axis.title,
      },
      {
        key: `axis-description-${axis.id}`,
        kind: "axis",
        id: axis.id,
        field: "descriptionMd",
        label: `${axisName}: ${t("target.description")}`,
        text: axis.descriptionMd,
      },
    );
    for (const action of axis.actions) {
      targets.push(
        {
          key: `action-title-${action.id}`,
          kind: "action",
          id: action.id,
          field: "title",
          label: `${action.title}: ${t("target.title")}`,
          text: action.title,
        },
        {
          key: `action-objective-${action.id}`,
          kind: "action",
          id: action.id,
          field: "objective",
          label: `${action.title}: ${t("progAction.objective")}`,
          text: action.objective,
        },
      );
    }
  }
  return targets;
}

function AmendmentForm({ programme }: { programme: ProgrammeDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const targets = targetsOf(programme, t);
  const [values, setValues] = useState({
    associationId: programme.represents[0]?.id ?? "",
    target: targets[0]!.key,
    kind: "passage" as "passage" | "full",
    passage: "",
    replacement: "",
    text: targets[0]!.text,
    rationale: "",
  });
  const target = targets.find((candidate) => candidate.key === values.target) ?? targets[0]!;
  useEffect(() => setValues((v) => ({ ...v, text: target.text })), [values.target]);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, {
    values,
    aliases: { targetId: "target", field: "target" },
    codeFields: { AMENDMENT_PASSAGE_NOT_FOUND: { field: "passage", key: "errors.AMENDMENT_PASSAGE_NOT_FOUND" } },
  });
  const submit = () =>
    run(async () => {
      const common = {
        associationId: values.associationId,
        targetKind: target.kind,
        targetId: target.id,
        field: target.field,
        rationale: values.rationale.trim() || undefined,
      };
      await proposeAmendment(
        programme.id,
        values.kind === "full"
          ? { ...common, kind: "full", text: values.text }
          : { ...common, kind: "passage", passage: values.passage, replacement: values.replacement },
      );
      route(`/programmes/${programme.id}#programme-amendments`);
    });
  const title = t("amendProgramme.title", { title: programme.title });
  return (
    <div class="stack narrow">
      <PageHeading title={title} />
      <p>
        <a href={`/programmes/${programme.id}`}>{t("editor.back")}</a>
      </p>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={title}>
        <SelectField
          id="amend-association"
          label={t("amendProgramme.association")}
          value={values.associationId}
          options={programme.represents.map((a) => ({ value: a.id, label: a.name }))}
          onValue={(associationId) => setValues({ ...values, associationId })}
          error={errors.fields.associationId}
          required
        />
        <SelectField
          id="amend-target"
          label={t("amendProgramme.target")}
          value={values.target}
          options={targets.map((candidate) => ({ value: candidate.key, label: candidate.label }))}
          onValue={(key) => setValues({ ...values, target: key })}
          error={errors.fields.target}
          required
        />
        <blockquote class="amend-current" dir="auto">
          {target.text || t("amendProgramme.emptyText")}
        </blockquote>
        <SelectField<"passage" | "full">
          id="amend-kind"
          label={t("amendProgramme.kind")}
          value={values.kind}
          options={[
            { value: "passage", label: t("amendProgramme.kindPassage") },
            { value: "full", label: t("amendProgramme.kindFull") },
          ]}
          onValue={(kind) => setValues({ ...values, kind })}
        />
        {values.kind === "passage" ? (
          <>
            <TextAreaField
              id="amend-passage"
              label={t("amendProgramme.passage")}
              hint={t("amendProgramme.passageHint")}
              value={values.passage}
              onValue={(passage) => setValues({ ...values, passage })}
              rows={2}
              maxLength={limits.passageMax}
              error={errors.fields.passage}
              required
            />
            <TextAreaField
              id="amend-replacement"
              label={t("amendProgramme.replacement")}
              value={values.replacement}
              onValue={(replacement) => setValues({ ...values, replacement })}
              rows={2}
              maxLength={limits.passageMax}
              error={errors.fields.replacement}
            />
          </>
        ) : (
          <TextAreaField
            id="amend-text"
            label={t("amendProgramme.text")}
            value={values.text}
            onValue={(text) => setValues({ ...values, text })}
            rows={6}
            maxLength={limits.introductionMax}
            error={errors.fields.text}
            required
          />
        )}
        <TextAreaField
          id="amend-rationale"
          label={t("amendProgramme.rationale")}
          value={values.rationale}
          onValue={(rationale) => setValues({ ...values, rationale })}
          rows={3}
          maxLength={limits.rationaleMax}
          error={errors.fields.rationale}
        />
        <SubmitFooter label={t("amendProgramme.send")} busy={busy} done={false} />
      </Form>
    </div>
  );
}

/** `/programmes/:id/amend`: a member association's amendment, while amendments are open. */
export function AmendmentPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const programme = useResource(() => fetchProgramme(id), [id]);
  const { t } = useI18n();
  return (
    <LoadState resource={programme}>
      {(data) =>
        data.abilities.amend ? <AmendmentForm programme={data} /> : <p class="notice">{t("amendProgramme.closed")}</p>
      }
    </LoadState>
  );
}
