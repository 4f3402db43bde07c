import type { VoteDetail } from "../../../common/votes.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { useI18n } from "../../i18n/index.js";
import { postCancel, postClose, postOpen } from "./api.js";

/** A moderator's steps, as the vote's abilities allow them: edit the draft, open, close, cancel. */
export function ManageSection({ vote, onChange }: { vote: VoteDetail; onChange: (vote: VoteDetail) => void }) {
  const { t } = useI18n();
  const { abilities } = vote;
  if (!abilities.edit && !abilities.open && !abilities.close && !abilities.cancel) return null;
  return (
    <section class="card vote-manage" aria-labelledby="vote-manage-title">
      <h2 id="vote-manage-title">{t("votes.manage.title")}</h2>
      {vote.status !== "draft" && <p class="muted">{t("votes.manage.frozen")}</p>}
      <div class="actions">
        {abilities.edit && (
          <a class="button button-secondary" href={`/votes/${encodeURIComponent(vote.id)}/edit`}>
            {t("votes.manage.edit")}
          </a>
        )}
        {abilities.open && (
          <ConfirmButton
            label={t("votes.manage.open")}
            title={t("votes.manage.open")}
            body={<p>{t("votes.manage.openConfirm")}</p>}
            confirmLabel={t("votes.manage.open")}
            action={async () => onChange(await postOpen(vote.id))}
          />
        )}
        {abilities.close && (
          <ConfirmButton
            label={t("votes.manage.close")}
            title={t("votes.manage.close")}
            body={<p>{t("votes.manage.closeConfirm")}</p>}
            confirmLabel={t("votes.manage.close")}
            action={async () => onChange(await postClose(vote.id))}
          />
        )}
        {abilities.cancel && (
          <ConfirmButton
            label={t("votes.manage.cancel")}
            title={t("votes.manage.cancel")}
            body={<p>{t("votes.manage.cancelConfirm")}</p>}
            confirmLabel={t("votes.manage.cancel")}
            danger
            action={async () => onChange(await postCancel(vote.id))}
          />
        )}
      </div>
    </section>
  );
}
