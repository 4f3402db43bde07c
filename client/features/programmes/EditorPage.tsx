import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { programmeLimits as limits, type ProgrammeDetail } from "../../../common/programmes.js";
import { CheckboxGroup } from "../../components/CheckboxGroup.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { type I18n, useI18n } from "../../i18n/index.js";
import "../../i18n/programmes.js";
import { describeFormError } from "../../lib/form-errors.js";
import { fetchDirectory } from "../associations/api.js";
import { fetchProgramme, saveProgramme } from "./api.js";
import "./programmes.css";

type ActionDraft = {
  id?: string;
  title: string;
  objective: string;
  leadAssociationIds: string[];
  partners: string;
  startDate: string;
  endDate: string;
  budget: string;
  indicators: string;
};
type AxisDraft = { id?: string; title: string; descriptionMd: string; actions: ActionDraft[] };
type DocumentDraft = {
  title: string;
  periodStart: string;
  periodEnd: string;
  introductionMd: string;
  axes: AxisDraft[];
};

const emptyAction = (): ActionDraft => ({
  title: "",
  objective: "",
  leadAssociationIds: [],
  partners: "",
  startDate: "",
  endDate: "",
  budget: "",
  indicators: "",
});
const emptyAxis = (): AxisDraft => ({ title: "", descriptionMd: "", actions: [emptyAction()] });

function draftOf(programme: ProgrammeDetail): DocumentDraft {
  return {
    title: programme.title,
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    introductionMd: programme.introductionMd,
    axes: programme.axes.map((axis) => ({
      id: axis.id,
      title: axis.title,
      descriptionMd: axis.descriptionMd,
      actions: axis.actions.map((action) => ({
        id: action.id,
        title: action.title,
        objective: action.objective,
        leadAssociationIds: action.leads.map((lead) => lead.id),
        partners: action.partners,
        startDate: action.startDate,
        endDate: action.endDate,
        budget: action.budget === null ? "" : String(action.budget),
        indicators: action.indicators.join("\n"),
      })),
    })),
  };
}

/** The document as the API takes it: numbers parsed, indicators one a line. */
function inputOf(draft: DocumentDraft) {
  return {
    ...draft,
    axes: draft.axes.map((axis) => ({
      ...(axis.id ? { id: axis.id } : {}),
      title: axis.title,
      descriptionMd: axis.descriptionMd,
      actions: axis.actions.map((action) => ({
        ...(action.id ? { id: action.id } : {}),
        title: action.title,
        objective: action.objective,
        leadAssociationIds: action.leadAssociationIds,
        partners: action.partners,
        startDate: action.startDate,
        endDate: action.endDate,
        budget: action.budget.trim() === "" ? null : Number(action.budget),
        indicators: action.indicators
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      })),
    })),
  };
}

/** Moves item `index` of a list by `by` places (up or down), or leaves it. */
function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

function ActionFields({
  prefix,
  action,
  onAction,
  onRemove,
  associations,
  error,
  i18n,
}: {
  prefix: string;
  action: ActionDraft;
  onAction: (action: ActionDraft) => void;
  onRemove: (() => void) | null;
  associations: { value: string; label: string }[];
  error: unknown;
  i18n: I18n;
}) {
  const { t } = i18n;
  const { id: _kept, ...fields } = action;
  const values = { ...fields, leadAssociationIds: action.leadAssociationIds.join(",") };
  const errors = describeFormError(error, i18n, { values, pathPrefix: `${prefix}.` });
  const id = prefix.replaceAll(".", "-");
  // Open while nothing is chosen when the editor opens; then as the person leaves it.
  const [openAtFirst] = useState(action.leadAssociationIds.length === 0);
  const set = (patch: Partial<ActionDraft>) => onAction({ ...action, ...patch });
  return (
    <fieldset class="editor-action">
      <legend>{action.title || t("editor.newAction")}</legend>
      <TextField
        id={`${id}-title`}
        label={t("progAction.title")}
        value={action.title}
        onValue={(title) => set({ title })}
        autoComplete="off"
        maxLength={limits.titleMax}
        error={errors.fields.title}
        required
      />
      <TextAreaField
        id={`${id}-objective`}
        label={t("progAction.objective")}
        value={action.objective}
        onValue={(objective) => set({ objective })}
        rows={2}
        maxLength={limits.objectiveMax}
        error={errors.fields.objective}
        required
      />
      <details class="editor-leads" open={openAtFirst}>
        <summary>{t("editor.leadsChosen", { count: action.leadAssociationIds.length })}</summary>
        <CheckboxGroup
          id={`${id}-leads`}
          legend={t("progAction.leads")}
          options={associations}
          values={action.leadAssociationIds}
          onValues={(leadAssociationIds) => set({ leadAssociationIds })}
          error={errors.fields.leadAssociationIds}
          required
        />
      </details>
      <TextField
        id={`${id}-partners`}
        label={t("progAction.partners")}
        value={action.partners}
        onValue={(partners) => set({ partners })}
        autoComplete="off"
        maxLength={limits.partnersMax}
        error={errors.fields.partners}
      />
      <div class="programme-dates">
        <TextField
          id={`${id}-start`}
          type="date"
          label={t("progAction.start")}
          value={action.startDate}
          onValue={(startDate) => set({ startDate })}
          autoComplete="off"
          error={errors.fields.startDate}
          required
        />
        <TextField
          id={`${id}-end`}
          type="date"
          label={t("progAction.end")}
          value={action.endDate}
          onValue={(endDate) => set({ endDate })}
          autoComplete="off"
          error={errors.fields.endDate}
          required
        />
      </div>
      <TextField
        id={`${id}-budget`}
        label={t("progAction.budgetField")}
        value={action.budget}
        onValue={(budget) => set({ budget })}
        inputMode="numeric"
        autoComplete="off"
        error={errors.fields.budget}
      />
      <TextAreaField
        id={`${id}-indicators`}
        label={t("progAction.indicators")}
        hint={t("editor.indicatorsHint")}
        value={action.indicators}
        onValue={(indicators) => set({ indicators })}
        rows={3}
        error={errors.fields.indicators}
      />
      {onRemove && (
        <button type="button" class="button-quiet" onClick={onRemove}>
          {t("editor.removeAction")}
        </button>
      )}
    </fieldset>
  );
}

/** The committee's editor: title, period, introduction, then the axes in order and their actions. */
function Editor({ programme }: { programme: ProgrammeDetail }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { route } = useLocation();
  const [draft, setDraft] = useState<DocumentDraft>(() => draftOf(programme));
  const { busy, error, run } = useSubmit();
  const directory = useResource(() => fetchDirectory({ pageSize: 50 }), []);
  const associations = (directory.data?.items ?? []).map((a) => ({
    value: a.id,
    label: locale === "fr" && a.nameFr ? a.nameFr : a.nameAr,
  }));
  useEffect(() => {
    if (programme.axes.length === 0 && draft.axes.length === 0) setDraft((d) => ({ ...d, axes: [emptyAxis()] }));
  }, []);
  const { axes, ...head } = draft;
  const errors = describeFormError(error, i18n, { values: head });
  const setAxis = (index: number, axis: AxisDraft) =>
    setDraft({ ...draft, axes: draft.axes.map((current, i) => (i === index ? axis : current)) });
  const submit = () =>
    run(async () => {
      await saveProgramme(programme.id, inputOf(draft));
      route(`/programmes/${programme.id}`);
    });
  const title = t("editor.title", { title: programme.title });
  return (
    <div class="stack">
      <PageHeading title={title} />
      <p>
        <a href={`/programmes/${programme.id}`}>{t("editor.back")}</a>
      </p>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={title}>
        <TextField
          id="editor-title"
          label={t("programmeForm.title")}
          value={draft.title}
          onValue={(value) => setDraft({ ...draft, title: value })}
          autoComplete="off"
          maxLength={limits.titleMax}
          error={errors.fields.title}
          required
        />
        <div class="programme-dates">
          <TextField
            id="editor-start"
            type="date"
            label={t("programmeForm.periodStart")}
            value={draft.periodStart}
            onValue={(periodStart) => setDraft({ ...draft, periodStart })}
            autoComplete="off"
            error={errors.fields.periodStart}
            required
          />
          <TextField
            id="editor-end"
            type="date"
            label={t("programmeForm.periodEnd")}
            value={draft.periodEnd}
            onValue={(periodEnd) => setDraft({ ...draft, periodEnd })}
            autoComplete="off"
            error={errors.fields.periodEnd}
            required
          />
        </div>
        <TextAreaField
          id="editor-introduction"
          label={t("programmeForm.introduction")}
          value={draft.introductionMd}
          onValue={(introductionMd) => setDraft({ ...draft, introductionMd })}
          rows={6}
          maxLength={limits.introductionMax}
          error={errors.fields.introductionMd}
        />
        {draft.axes.map((axis, a) => {
          const axisErrors = describeFormError(error, i18n, {
            values: { title: axis.title, descriptionMd: axis.descriptionMd },
            pathPrefix: `axes.${a}.`,
          });
          return (
            <fieldset key={axis.id ?? `new-${a}`} class="editor-axis card">
              <legend>{t("programme.axis", { n: a + 1, title: axis.title })}</legend>
              <TextField
                id={`axes-${a}-title`}
                label={t("editor.axisTitle")}
                value={axis.title}
                onValue={(value) => setAxis(a, { ...axis, title: value })}
                autoComplete="off"
                maxLength={limits.titleMax}
                error={axisErrors.fields.title}
                required
              />
              <TextAreaField
                id={`axes-${a}-description`}
                label={t("editor.axisDescription")}
                value={axis.descriptionMd}
                onValue={(descriptionMd) => setAxis(a, { ...axis, descriptionMd })}
                rows={3}
                maxLength={limits.descriptionMax}
                error={axisErrors.fields.descriptionMd}
              />
              {axis.actions.map((action, n) => (
                <ActionFields
                  key={action.id ?? `new-${n}`}
                  prefix={`axes.${a}.actions.${n}`}
                  action={action}
                  associations={associations}
                  error={error}
                  i18n={i18n}
                  onAction={(next) =>
                    setAxis(a, { ...axis, actions: axis.actions.map((current, i) => (i === n ? next : current)) })
                  }
                  onRemove={
                    axis.actions.length > 1
                      ? () => setAxis(a, { ...axis, actions: axis.actions.filter((_, i) => i !== n) })
                      : null
                  }
                />
              ))}
              <div class="editor-buttons">
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => setAxis(a, { ...axis, actions: [...axis.actions, emptyAction()] })}
                >
                  {t("editor.addAction")}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  disabled={a === 0}
                  onClick={() => setDraft({ ...draft, axes: moved(draft.axes, a, -1) })}
                >
                  {t("editor.axisUp")}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  disabled={a === draft.axes.length - 1}
                  onClick={() => setDraft({ ...draft, axes: moved(draft.axes, a, 1) })}
                >
                  {t("editor.axisDown")}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => setDraft({ ...draft, axes: draft.axes.filter((_, i) => i !== a) })}
                >
                  {t("editor.removeAxis")}
                </button>
              </div>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => setDraft({ ...draft, axes: [...axes, emptyAxis()] })}
          >
            {t("editor.addAxis")}
          </button>
        </p>
        <SubmitFooter label={t("editor.save")} busy={busy} done={false} />
      </Form>
    </div>
  );
}

/** `/programmes/:id/edit`: the committee's editor (a draft only). */
export function EditorPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const programme = useResource(() => fetchProgramme(id), [id]);
  const { t } = useI18n();
  return (
    <LoadState resource={programme}>
      {(data) =>
        data.abilities.edit ? <Editor programme={data} /> : <p class="notice">{t("errors.PROGRAMME_FROZEN")}</p>
      }
    </LoadState>
  );
}
