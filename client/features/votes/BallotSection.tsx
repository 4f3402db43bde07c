import { useState } from "preact/hooks";
import type { BallotChoice } from "../../../common/tally.js";
import type { BallotCast, VoteDetail } from "../../../common/votes.js";
import { CopyField } from "../../components/CopyField.js";
import { Form } from "../../components/Form.js";
import { SelectField } from "../../components/SelectField.js";
import { TextField } from "../../components/TextField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { postBallot } from "./api.js";
import { RankingControl } from "./RankingControl.js";

type Draft = {
  faa: "for" | "against" | "abstain" | null;
  single: string | null;
  approval: string[];
  ranking: string[];
};

const BLANK = "__blank__";

/**
 * «ورقتك»: casting (or changing) a ballot in the vote's method. «Acknowledged» appears only once the
 * server has answered: the ballot is then committed. The receipt code is shown this once, with a copy
 * button and what it is for.
 */
export function BallotSection({ vote, onCast }: { vote: VoteDetail; onCast: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { busy, error, run } = useSubmit();
  const [holder, setHolder] = useState(vote.held[0]?.associationId ?? "");
  const [draft, setDraft] = useState<Draft>({ faa: null, single: null, approval: [], ranking: [] });
  const [receipt, setReceipt] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [cast, setCast] = useState<BallotCast | null>(null);

  const held = vote.held.find((row) => (row.associationId ?? "") === holder) ?? vote.held[0];
  if (!held) return null;
  const secretChange = vote.secrecy === "secret" && held.cast;
  const max = vote.maxChoices ?? vote.options.length;

  const choice = (): BallotChoice | null => {
    switch (vote.method) {
      case "for_against_abstain":
        return draft.faa ? { method: "for_against_abstain", choice: draft.faa } : null;
      case "single":
        return draft.single === null
          ? null
          : { method: "single", optionId: draft.single === BLANK ? null : draft.single };
      case "approval":
        return { method: "approval", optionIds: draft.approval };
      case "ranked":
        return { method: "ranked", ranking: draft.ranking };
    }
  };

  const submit = () => {
    const ballot = choice();
    if (!ballot) return setProblem(t("votes.ballot.noChoice"));
    if (ballot.method === "approval" && ballot.optionIds.length > max)
      return setProblem(t("votes.ballot.tooMany", { max }));
    setProblem(null);
    setCast(null);
    void run(async () => {
      const answer = await postBallot(vote.id, {
        choice: ballot,
        ...(held.associationId ? { associationId: held.associationId } : {}),
        ...(secretChange ? { receipt: receipt.trim() } : {}),
      });
      setCast(answer);
      setReceipt("");
      onCast();
    });
  };

  const alert = problem ?? (error ? errorMessage(error, i18n) : null);
  const radio = (name: string, value: string, label: string, checked: boolean, onPick: () => void) => (
    <div class="check" key={value}>
      <input id={`${name}-${value}`} type="radio" name={name} value={value} checked={checked} onChange={onPick} />
      <label for={`${name}-${value}`}>
        <bdi>{label}</bdi>
      </label>
    </div>
  );

  return (
    <section class="card vote-ballot" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t("votes.ballot.title")}</h2>
      {held.cast && !cast && <p class="notice">{t("votes.ballot.alreadyCast")}</p>}
      <Form onSubmit={submit} alert={alert} attempt={problem ?? error} label={t("votes.ballot.title")}>
        {vote.held.length > 1 && (
          <SelectField
            id="ballot-holder"
            label={t("votes.ballot.holder")}
            value={holder}
            options={vote.held.map((row) => ({
              value: row.associationId ?? "",
              label: row.associationId ? row.name : t("votes.ballot.holderOwn"),
            }))}
            onValue={(value) => {
              setHolder(value);
              setCast(null);
            }}
          />
        )}
        {vote.method === "for_against_abstain" && (
          <fieldset class="fieldset">
            <legend>{t("votes.ballot.choose")}</legend>
            <div class="check-grid vote-choices">
              {(["for", "against", "abstain"] as const).map((value) =>
                radio("ballot-faa", value, t(`votes.ballot.${value}`), draft.faa === value, () =>
                  setDraft({ ...draft, faa: value }),
                ),
              )}
            </div>
          </fieldset>
        )}
        {vote.method === "single" && (
          <fieldset class="fieldset">
            <legend>{t("votes.ballot.choose")}</legend>
            <div class="check-grid vote-choices">
              {vote.options.map((option) =>
                radio("ballot-single", option.id, option.label, draft.single === option.id, () =>
                  setDraft({ ...draft, single: option.id }),
                ),
              )}
              {radio("ballot-single", BLANK, t("votes.ballot.blank"), draft.single === BLANK, () =>
                setDraft({ ...draft, single: BLANK }),
              )}
            </div>
          </fieldset>
        )}
        {vote.method === "approval" && (
          <fieldset class="fieldset" aria-describedby="ballot-approval-hint">
            <legend>{t("votes.ballot.choose")}</legend>
            <p class="field-hint" id="ballot-approval-hint">
              {vote.maxChoices
                ? t("votes.explain.method.approval", { max: vote.maxChoices })
                : t("votes.explain.method.approvalAny")}
            </p>
            <div class="check-grid vote-choices">
              {vote.options.map((option) => (
                <div class="check" key={option.id}>
                  <input
                    id={`ballot-approval-${option.id}`}
                    type="checkbox"
                    checked={draft.approval.includes(option.id)}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        approval: event.currentTarget.checked
                          ? [...draft.approval, option.id]
                          : draft.approval.filter((id) => id !== option.id),
                      })
                    }
                  />
                  <label for={`ballot-approval-${option.id}`}>
                    <bdi>{option.label}</bdi>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        {vote.method === "ranked" && (
          <RankingControl
            options={vote.options}
            ranking={draft.ranking}
            onRanking={(ranking) => setDraft({ ...draft, ranking })}
          />
        )}
        {secretChange && (
          <TextField
            id="ballot-receipt"
            label={t("votes.ballot.receiptFor")}
            hint={t("votes.ballot.receiptForHint")}
            value={receipt}
            onValue={setReceipt}
            autoComplete="off"
            dir="ltr"
            required
          />
        )}
        <div class="form-footer">
          <button type="submit" class="button" disabled={busy}>
            {held.cast || cast ? t("votes.ballot.change") : t("votes.ballot.cast")}
          </button>
          <p class="form-status" role="status" data-testid="ballot-status">
            {busy
              ? t("votes.ballot.sending")
              : cast
                ? t(cast.replaced ? "votes.ballot.replaced" : "votes.ballot.acknowledged")
                : ""}
          </p>
        </div>
      </Form>
      {cast && (
        <div class="vote-receipt">
          <h3>{t("votes.receipt.title")}</h3>
          <p>{t("votes.receipt.explain")}</p>
          <CopyField
            id="ballot-receipt-code"
            label={t("votes.receipt.label")}
            value={cast.receipt}
            copyLabel={t("votes.receipt.copy")}
          />
        </div>
      )}
    </section>
  );
}
