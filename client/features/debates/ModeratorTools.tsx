import { useState } from "preact/hooks";
import { parseWholeNumber } from "../../../common/digits.js";
import { FormDialog, useFormDialog } from "../../components/FormDialog.js";
import { SelectField } from "../../components/SelectField.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError, errorMessage } from "../../lib/form-errors.js";
import { MarkdownPreview } from "../membership/MarkdownPreview.js";
import {
  closeDebate,
  fetchCategories,
  hideDebate,
  moveDebate,
  restoreDebate,
  setDebateFlag,
  setSlowMode,
} from "./api.js";
import { categoryName } from "./names.js";
import { ReasonButton } from "./ReasonButton.js";
import type { DebateDetail } from "./types.js";

/** Whether the reader may do any of the moderators' actions on the debate (or close it, as its author). */
export const moderates = ({ abilities: a }: DebateDetail) =>
  a.lock || a.pin || a.move || a.close || a.setSlowMode || a.hide || a.restore;

/** The moderators' tools on a debate's page, each shown only from the debate's abilities. */
export function ModeratorTools({
  debate,
  onChanged,
}: {
  debate: DebateDetail;
  onChanged: (debate: DebateDetail) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const toggle = useSubmit();
  const a = debate.abilities;
  const act = (action: () => Promise<DebateDetail>) => toggle.run(async () => onChanged(await action()));

  return (
    <section class="card moderator-tools" aria-labelledby="moderation-title">
      <h2 id="moderation-title">{a.lock ? t("moderation.tools") : t("moderation.authorTools")}</h2>
      <div class="row-actions">
        {a.lock && (
          <button
            type="button"
            class="button-secondary button"
            disabled={toggle.busy || debate.status === "closed"}
            onClick={() => act(() => setDebateFlag(debate.id, debate.status === "locked" ? "unlock" : "lock"))}
          >
            {debate.status === "locked" ? t("moderation.unlock") : t("moderation.lock")}
          </button>
        )}
        {a.pin && (
          <button
            type="button"
            class="button-secondary button"
            disabled={toggle.busy}
            onClick={() => act(() => setDebateFlag(debate.id, debate.pinned ? "unpin" : "pin"))}
          >
            {debate.pinned ? t("moderation.unpin") : t("moderation.pin")}
          </button>
        )}
        {a.move && <MoveButton debate={debate} onChanged={onChanged} />}
        {a.close && debate.status !== "closed" && <CloseButton debate={debate} onChanged={onChanged} />}
        {a.setSlowMode && <SlowModeButton debate={debate} onChanged={onChanged} />}
        {a.hide && !debate.hidden && (
          <ReasonButton
            label={t("moderation.hideDebate")}
            title={t("moderation.hideDebate")}
            reasonLabel={t("moderation.reason")}
            hint={t("moderation.reasonHint")}
            submitLabel={t("moderation.hideDebate")}
            danger
            action={async (reason) => onChanged(await hideDebate(debate.id, reason))}
          />
        )}
        {a.restore && debate.hidden && (
          <ReasonButton
            label={t("moderation.restoreDebate")}
            title={t("moderation.restoreDebate")}
            reasonLabel={t("moderation.reason")}
            hint={t("moderation.reasonHint")}
            submitLabel={t("moderation.restoreDebate")}
            action={async (reason) => onChanged(await restoreDebate(debate.id, reason))}
          />
        )}
      </div>
      {toggle.error ? (
        <p class="form-alert" role="alert">
          {errorMessage(toggle.error, i18n)}
        </p>
      ) : null}
    </section>
  );
}

function MoveButton({ debate, onChanged }: { debate: DebateDetail; onChanged: (debate: DebateDetail) => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const dialog = useFormDialog();
  const categories = useResource(() => (dialog.open ? fetchCategories() : Promise.resolve([])), [dialog.open]);
  const [categoryId, setCategoryId] = useState(debate.category?.id ?? "");
  return (
    <>
      <button type="button" class="button-secondary button" onClick={dialog.show}>
        {t("moderation.move")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("moderation.move")}
        submitLabel={t("moderation.apply")}
        onSubmit={() => dialog.submit(async () => onChanged(await moveDebate(debate.id, categoryId)))}
      >
        <SelectField
          id="move-category"
          label={t("moderation.moveTo")}
          value={categoryId}
          onValue={setCategoryId}
          options={(categories.data ?? []).map((category) => ({
            value: category.id,
            label: categoryName(category, locale),
          }))}
        />
      </FormDialog>
    </>
  );
}

function CloseButton({ debate, onChanged }: { debate: DebateDetail; onChanged: (debate: DebateDetail) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useFormDialog();
  const [conclusionMd, setConclusion] = useState("");
  const errors = describeFormError(dialog.error, i18n, { values: { conclusionMd } });
  return (
    <>
      <button type="button" class="button-secondary button" onClick={dialog.show}>
        {t("moderation.close")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("moderation.closeTitle")}
        alert={errors.alert}
        submitLabel={t("moderation.close")}
        onSubmit={() => dialog.submit(async () => onChanged(await closeDebate(debate.id, conclusionMd)))}
      >
        <TextAreaField
          id="close-conclusion"
          label={t("moderation.conclusion")}
          hint={t("moderation.conclusionHint")}
          value={conclusionMd}
          onValue={setConclusion}
          maxLength={50000}
          required
          error={errors.fields.conclusionMd}
        />
        <MarkdownPreview markdown={conclusionMd} />
      </FormDialog>
    </>
  );
}

function SlowModeButton({ debate, onChanged }: { debate: DebateDetail; onChanged: (debate: DebateDetail) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useFormDialog();
  const [seconds, setSeconds] = useState(String(debate.slowModeSeconds));
  const errors = describeFormError(dialog.error, i18n, { values: { seconds } });
  return (
    <>
      <button type="button" class="button-secondary button" onClick={dialog.show}>
        {t("moderation.slowMode")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("moderation.slowMode")}
        alert={errors.alert}
        submitLabel={t("moderation.apply")}
        onSubmit={() =>
          dialog.submit(async () => {
            // Digits typed in any script (٣٠, 30) count the same.
            onChanged(await setSlowMode(debate.id, parseWholeNumber(seconds) ?? 0));
          })
        }
      >
        <TextField
          id="slow-mode-seconds"
          label={t("moderation.slowModeSeconds")}
          value={seconds}
          onValue={setSeconds}
          inputMode="numeric"
          autoComplete="off"
          error={errors.fields.seconds}
        />
      </FormDialog>
    </>
  );
}
