import { useContext, useState } from "preact/hooks";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { Form } from "../../components/Form.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError, errorMessage } from "../../lib/form-errors.js";
import { MarkdownPreview } from "../membership/MarkdownPreview.js";
import {
  deleteReply,
  editReply,
  endorse,
  fetchReplyRevisions,
  flagReply,
  hideReply,
  restoreReply,
  unendorse,
} from "./api.js";
import { StanceBadge } from "./Badges.js";
import { DebateTree } from "./context.js";
import { associationName, branchHref, replyAnchor } from "./names.js";
import { ReasonButton } from "./ReasonButton.js";
import { ReplyForm } from "./ReplyForm.js";
import { RevisionsButton } from "./RevisionsButton.js";
import type { ReplyNode } from "./types.js";

type Mode = "read" | "reply" | "quote" | "edit";

/** One reply and, below it, its children, nested up to the page's cap; deeper ones continue on a branch page. */
export function ReplyItem({ reply, level }: { reply: ReplyNode; level: number }) {
  const tree = useContext(DebateTree);
  const i18n = useI18n();
  const { t, locale, formatDate } = i18n;
  const [mode, setMode] = useState<Mode>("read");
  const [moreBusy, setMoreBusy] = useState(false);
  const endorsing = useSubmit();
  if (!tree) return null;
  const { debate, me } = tree;
  const abilities = reply.abilities;
  const deleted = reply.state === "deleted";
  const hidden = reply.state === "hidden";
  const author = reply.author?.name ?? "";
  const isNew = reply.unread && !deleted && reply.author?.id !== me?.id;
  const headingId = `${replyAnchor(reply.id)}-by`;
  const capped = level >= tree.depthCap;
  const missing = reply.childCount - reply.children.length;

  const toggleEndorsement = () =>
    endorsing.run(async () => {
      const state = reply.endorsed ? await unendorse(reply.id) : await endorse(reply.id);
      tree.onEndorsement(reply.id, state.endorsementCount, state.endorsed);
    });

  return (
    <li class="reply-node">
      <article
        id={replyAnchor(reply.id)}
        class={`reply stance-edge-${reply.stance}`}
        aria-labelledby={headingId}
        tabIndex={-1}
      >
        <header class="reply-head">
          <StanceBadge stance={reply.stance} />
          <span id={headingId} class="reply-author">
            <bdi>{author}</bdi>
            {reply.association && (
              <span class="muted">
                {" · "}
                <bdi>{associationName(reply.association, locale)}</bdi>
              </span>
            )}
          </span>
          <time class="muted" dateTime={reply.createdAt}>
            {formatDate(reply.createdAt, "dayAndTime")}
          </time>
          {reply.editedAt && !deleted && <span class="muted">({t("debate.edited")})</span>}
          {isNew && (
            <span class="badge reply-new" title={t("debate.newSince")}>
              {t("debate.new")}
            </span>
          )}
        </header>
        {deleted ? (
          <p class="reply-placeholder">{t("debate.deleted")}</p>
        ) : hidden && !reply.bodyHtml ? (
          <p class="reply-placeholder" dir="auto">
            {reply.hiddenReason ? t("debate.hidden", { reason: reply.hiddenReason }) : t("debate.hiddenNoReason")}
          </p>
        ) : (
          <>
            {hidden && (
              <p class="notice notice-warning reply-hidden-note" dir="auto">
                {reply.author && reply.author.id === me?.id
                  ? t("debate.hiddenYours", { reason: reply.hiddenReason ?? "" })
                  : t("debate.hidden", { reason: reply.hiddenReason ?? "" })}
              </p>
            )}
            {reply.quote && (
              <blockquote class="reply-quote">
                <p class="muted">{t("debate.quoting", { author: reply.quote.author.name })}</p>
                {reply.quote.state === "visible" ? (
                  <SanitizedHtml html={reply.quote.bodyHtml} />
                ) : (
                  <p>{reply.quote.state === "deleted" ? t("debate.deleted") : t("debate.hiddenNoReason")}</p>
                )}
              </blockquote>
            )}
            {mode === "edit" ? (
              <EditReply reply={reply} onDone={() => setMode("read")} />
            ) : (
              <SanitizedHtml html={reply.bodyHtml} />
            )}
          </>
        )}
        <div class="reply-actions">
          {(reply.endorsementCount > 0 || abilities.endorse) && (
            <button
              type="button"
              class="button-quiet endorse"
              aria-pressed={reply.endorsed}
              disabled={!abilities.endorse || endorsing.busy}
              onClick={toggleEndorsement}
            >
              {reply.endorsed ? t("reply.endorsed") : t("reply.endorse")}
              <span class="endorse-count"> · {t("reply.endorseCount", { count: reply.endorsementCount })}</span>
            </button>
          )}
          {abilities.reply && (
            <button
              type="button"
              class="button-quiet"
              aria-expanded={mode === "reply"}
              onClick={() => setMode(mode === "reply" ? "read" : "reply")}
            >
              {t("reply.reply")}
            </button>
          )}
          {abilities.reply && !deleted && !hidden && (
            <button
              type="button"
              class="button-quiet"
              aria-expanded={mode === "quote"}
              onClick={() => setMode(mode === "quote" ? "read" : "quote")}
            >
              {t("reply.quote")}
            </button>
          )}
          {abilities.edit && !deleted && (
            <button
              type="button"
              class="button-quiet"
              aria-expanded={mode === "edit"}
              onClick={() => setMode(mode === "edit" ? "read" : "edit")}
            >
              {t("reply.edit")}
            </button>
          )}
          {abilities.delete && !deleted && (
            <ConfirmButton
              label={t("reply.delete")}
              title={t("reply.deleteTitle")}
              body={<p>{t("reply.deleteBody")}</p>}
              confirmLabel={t("reply.delete")}
              danger
              action={async () => tree.onChanged(await deleteReply(reply.id))}
            />
          )}
          {abilities.viewRevisions && reply.editedAt && !deleted && (
            <RevisionsButton load={() => fetchReplyRevisions(reply.id)} />
          )}
          {abilities.flag && !deleted && (
            <ReasonButton
              label={t("reply.flag")}
              title={t("flag.title")}
              reasonLabel={t("flag.reason")}
              submitLabel={t("flag.send")}
              done={t("flag.sent")}
              action={(reason) => flagReply(reply.id, reason)}
            />
          )}
          {abilities.hide && !hidden && !deleted && (
            <ReasonButton
              label={t("reply.hide")}
              title={t("moderation.hideTitle")}
              reasonLabel={t("moderation.reason")}
              hint={t("moderation.reasonHint")}
              submitLabel={t("reply.hide")}
              danger
              action={async (reason) => tree.onChanged(await hideReply(reply.id, reason))}
            />
          )}
          {abilities.restore && hidden && (
            <ReasonButton
              label={t("reply.restore")}
              title={t("moderation.restoreTitle")}
              reasonLabel={t("moderation.reason")}
              hint={t("moderation.reasonHint")}
              submitLabel={t("reply.restore")}
              action={async (reason) => tree.onChanged(await restoreReply(reply.id, reason))}
            />
          )}
        </div>
        {endorsing.error ? (
          <p class="field-error" role="alert">
            {errorMessage(endorsing.error, i18n)}
          </p>
        ) : null}
        {(mode === "reply" || mode === "quote") && (
          <div class="reply-compose">
            <ReplyForm
              debateId={debate.id}
              parent={reply}
              quote={mode === "quote" ? reply : null}
              onClearQuote={() => setMode("reply")}
              represented={tree.represented}
              onPosted={(posted) => {
                tree.onReply(posted);
                setMode("read");
              }}
              onCancel={() => setMode("read")}
            />
          </div>
        )}
      </article>
      {capped ? (
        reply.childCount > 0 && (
          <p class="reply-continue">
            <a href={branchHref(debate.id, reply.id)}>{t("debate.continueBranch")}</a>
          </p>
        )
      ) : (
        <>
          {reply.children.length > 0 && (
            <ol class="reply-children" data-level={level + 1}>
              {reply.children.map((child) => (
                <ReplyItem key={child.id} reply={child} level={level + 1} />
              ))}
            </ol>
          )}
          {missing > 0 && (
            <p class="reply-more">
              <button
                type="button"
                class="button-quiet"
                disabled={moreBusy}
                onClick={async () => {
                  setMoreBusy(true);
                  try {
                    await tree.onMoreChildren(reply);
                  } finally {
                    setMoreBusy(false);
                  }
                }}
              >
                {t("debate.moreChildren", { count: missing })}
              </button>
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** Editing one's reply in place; the earlier text stays among its revisions. */
function EditReply({ reply, onDone }: { reply: ReplyNode; onDone: () => void }) {
  const tree = useContext(DebateTree);
  const i18n = useI18n();
  const { t } = i18n;
  const [bodyMd, setBody] = useState(reply.bodyMd ?? "");
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { bodyMd } });
  return (
    <Form
      onSubmit={() =>
        run(async () => {
          tree?.onChanged(await editReply(reply.id, bodyMd));
          onDone();
        })
      }
      alert={errors.alert}
      attempt={error}
      label={t("compose.editReply")}
    >
      <TextAreaField
        id={`edit-${reply.id}`}
        label={t("compose.editReply")}
        value={bodyMd}
        onValue={setBody}
        maxLength={50000}
        error={errors.fields.bodyMd}
      />
      <MarkdownPreview markdown={bodyMd} />
      <div class="form-footer">
        <button type="submit" class="button" disabled={busy}>
          {t("compose.saveReply")}
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          {t("compose.cancel")}
        </button>
      </div>
    </Form>
  );
}
