import "../../i18n/votes.js";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { toWesternDigits } from "../../../common/digits.js";
import type { MajorityRule, VoteMethod } from "../../../common/tally.js";
import type {
  VoteDetail,
  VoteDraftInput,
  VoteElectorate,
  VoteResultsShown,
  VoteSecrecy,
} from "../../../common/votes.js";
import { majorityRules, voteMethods } from "../../../common/votes.js";
import { CheckboxField } from "../../components/CheckboxField.js";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { SelectField } from "../../components/SelectField.js";
import { SubmitFooter } from "../../components/SubmitFooter.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { fetchVote, patchVote, postVote } from "./api.js";
import { voteHref } from "./format.js";
import "./votes.css";

/** «تصويت جديد»: a moderator writes a draft's configuration. */
export function NewVotePage() {
  const { t } = useI18n();
  const { status, user } = useSession();
  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/votes/new" />;
  return (
    <div class="stack">
      <PageHeading title={t("votes.form.newTitle")} />
      <VoteForm vote={null} />
    </div>
  );
}

/** Editing a draft's configuration; once open it is frozen, and the page says so. */
export function EditVotePage({ id }: { id: string }) {
  const { t } = useI18n();
  const vote = useResource(() => fetchVote(id), [id]);
  return (
    <div class="stack">
      <PageHeading title={t("votes.form.editTitle")} />
      <LoadState resource={vote}>
        {(data) =>
          data.abilities.edit ? (
            <VoteForm vote={data} />
          ) : (
            <p class="notice">
              {t("votes.manage.frozen")} <a href={voteHref(data.id)}>{data.title}</a>
            </p>
          )
        }
      </LoadState>
    </div>
  );
}

/** An ISO instant as the value of a `datetime-local` input, in the browser's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

function VoteForm({ vote }: { vote: VoteDetail | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const { busy, error, run } = useSubmit();
  const [values, setValues] = useState({
    title: vote?.title ?? "",
    description: vote?.description ?? "",
    method: (vote?.method ?? "for_against_abstain") as VoteMethod,
    options: vote?.options.map((option) => option.label).join("\n") ?? "",
    maxChoices: vote?.maxChoices ? String(vote.maxChoices) : "",
    electorate: (vote?.electorate ?? "associations") as VoteElectorate,
    quorum: vote?.quorum ? String(Math.round(vote.quorum * 1000) / 10) : "",
    majority: (vote?.majority ?? "simple") as MajorityRule,
    secrecy: (vote?.secrecy ?? "open") as VoteSecrecy,
    results: (vote?.results ?? "at_close") as VoteResultsShown,
    formal: vote?.formal ?? true,
    opensAt: toLocalInput(vote?.opensAt ?? null),
    closesAt: toLocalInput(vote?.closesAt ?? null),
  });
  const [local, setLocal] = useState<{ quorum?: string; maxChoices?: string }>({});
  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const errors = describeFormError(error, i18n, {
    values: {
      title: values.title,
      description: values.description,
      method: values.method,
      options: values.options,
      maxChoices: values.maxChoices,
      electorate: values.electorate,
      quorum: values.quorum,
      majority: values.majority,
      secrecy: values.secrecy,
      results: values.results,
      opensAt: values.opensAt,
      closesAt: values.closesAt,
    },
  });
  const withOptions = values.method !== "for_against_abstain";

  const submit = () => {
    const quorumText = toWesternDigits(values.quorum.trim()).replace(",", ".");
    const quorum = quorumText === "" ? null : Number(quorumText) / 100;
    const maxText = toWesternDigits(values.maxChoices.trim());
    const maxChoices = maxText === "" ? null : Number(maxText);
    const problems = {
      quorum: quorum !== null && !(quorum > 0 && quorum <= 1) ? t("votes.form.percentRule") : undefined,
      maxChoices:
        maxChoices !== null && !(Number.isInteger(maxChoices) && maxChoices >= 1)
          ? t("votes.form.numberRule")
          : undefined,
    };
    setLocal(problems);
    if (problems.quorum || problems.maxChoices) return;
    const input: VoteDraftInput = {
      title: values.title,
      description: values.description,
      method: values.method,
      options: withOptions
        ? values.options
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
      maxChoices: values.method === "approval" ? maxChoices : null,
      electorate: values.electorate,
      quorum,
      majority: values.majority,
      secrecy: values.secrecy,
      results: values.secrecy === "secret" ? "at_close" : values.results,
      formal: values.formal,
      opensAt: fromLocalInput(values.opensAt),
      closesAt: fromLocalInput(values.closesAt),
    };
    void run(async () => {
      const saved = vote ? await patchVote(vote.id, input) : await postVote(input);
      route(voteHref(saved.id));
    });
  };

  const select = <V extends string>(id: keyof typeof values, list: readonly V[], prefix: string) => ({
    id: `vote-${id}`,
    value: values[id] as V,
    options: list.map((value) => ({ value, label: t(`${prefix}${value}` as never) })),
    onValue: set(id) as (value: V) => void,
    error: errors.fields[id as keyof typeof errors.fields],
  });

  return (
    <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("votes.form.newTitle")}>
      <TextField
        id="vote-title"
        label={t("votes.form.title")}
        value={values.title}
        onValue={set("title")}
        autoComplete="off"
        required
        maxLength={300}
        error={errors.fields.title}
      />
      <TextAreaField
        id="vote-description"
        label={t("votes.form.description")}
        hint={t("votes.form.descriptionHint")}
        value={values.description}
        onValue={set("description")}
        rows={4}
        maxLength={20_000}
        error={errors.fields.description}
      />
      <SelectField label={t("votes.form.method")} {...select("method", voteMethods, "votes.method.")} />
      {withOptions && (
        <TextAreaField
          id="vote-options"
          label={t("votes.form.options")}
          hint={t("votes.form.optionsHint")}
          value={values.options}
          onValue={set("options")}
          rows={5}
          required
          error={errors.fields.options}
        />
      )}
      {values.method === "approval" && (
        <TextField
          id="vote-maxChoices"
          label={t("votes.form.maxChoices")}
          hint={t("votes.form.maxChoicesHint")}
          value={values.maxChoices}
          onValue={set("maxChoices")}
          inputMode="numeric"
          autoComplete="off"
          error={local.maxChoices ?? errors.fields.maxChoices}
        />
      )}
      <SelectField
        label={t("votes.form.electorate")}
        {...select("electorate", ["associations", "members"] as const, "votes.form.electorate.")}
      />
      <TextField
        id="vote-quorum"
        label={t("votes.form.quorum")}
        hint={t("votes.form.quorumHint")}
        value={values.quorum}
        onValue={set("quorum")}
        inputMode="numeric"
        autoComplete="off"
        error={local.quorum ?? errors.fields.quorum}
      />
      <SelectField label={t("votes.form.majority")} {...select("majority", majorityRules, "votes.rule.")} />
      <SelectField
        label={t("votes.form.secrecy")}
        {...select("secrecy", ["open", "secret"] as const, "votes.form.secrecy.")}
      />
      {values.secrecy === "open" ? (
        <SelectField
          label={t("votes.form.results")}
          {...select("results", ["at_close", "live"] as const, "votes.form.results.")}
        />
      ) : (
        <p class="field-hint">{t("votes.form.resultsSecretHint")}</p>
      )}
      <CheckboxField id="vote-formal" checked={values.formal} onChecked={set("formal")}>
        {t("votes.form.formal")}
      </CheckboxField>
      <TextField
        id="vote-opensAt"
        type="datetime-local"
        label={t("votes.form.opensAt")}
        hint={t("votes.form.scheduleHint")}
        value={values.opensAt}
        onValue={set("opensAt")}
        autoComplete="off"
        error={errors.fields.opensAt}
      />
      <TextField
        id="vote-closesAt"
        type="datetime-local"
        label={t("votes.form.closesAt")}
        value={values.closesAt}
        onValue={set("closesAt")}
        autoComplete="off"
        error={errors.fields.closesAt}
      />
      <SubmitFooter label={vote ? t("votes.form.save") : t("votes.form.create")} busy={busy} done={false} />
    </Form>
  );
}
