import { useState } from "preact/hooks";
import type { MyAssociation } from "../../../common/associations.js";
import { Form } from "../../components/Form.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { MarkdownHint } from "../membership/MarkdownHint.js";
import { MarkdownPreview } from "../membership/MarkdownPreview.js";
import { postReply } from "./api.js";
import { MentionPicker } from "./MentionPicker.js";
import { type MentionCandidate, type Reply, type ReplyNode, type Stance, stances } from "./types.js";
import { WritingAs } from "./WritingAs.js";

type Props = {
  debateId: string;
  /** The reply answered, or null for a reply to the debate itself. */
  parent: ReplyNode | null;
  /** A reply quoted in this one. */
  quote: ReplyNode | null;
  onClearQuote?: () => void;
  represented: MyAssociation[];
  onPosted: (reply: Reply) => void;
  onCancel?: () => void;
};

/** Writing a reply: a stance (a fieldset of radio buttons), the text in Markdown with its preview. */
export function ReplyForm({ debateId, parent, quote, onClearQuote, represented, onPosted, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const prefix = parent ? `reply-${parent.id}` : "reply-new";
  const [stance, setStance] = useState<Stance>("neutral");
  const [bodyMd, setBody] = useState("");
  const [as, setAs] = useState("");
  const [mentioned, setMentioned] = useState<MentionCandidate[]>([]);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { bodyMd, stance } });

  const submit = () =>
    run(async () => {
      const reply = await postReply(debateId, {
        parentId: parent?.id ?? null,
        stance,
        bodyMd,
        quoteOfId: quote?.id ?? null,
        associationId: as || null,
        // Only the people still named in the text are notified.
        mentionIds: mentioned.filter((person) => bodyMd.includes(`@${person.name}`)).map((person) => person.id),
      });
      setBody("");
      setMentioned([]);
      onPosted(reply);
    });

  return (
    <Form
      onSubmit={submit}
      alert={errors.alert}
      attempt={error}
      label={parent ? t("reply.replyTo", { author: parent.author?.name ?? "" }) : t("compose.replyBody")}
    >
      <fieldset class="fieldset stance-choice">
        <legend>{t("compose.stance")}</legend>
        {stances.map((value) => (
          <label key={value} class={`stance-option stance-${value}`}>
            <input
              type="radio"
              name={`${prefix}-stance`}
              value={value}
              checked={stance === value}
              onChange={() => setStance(value)}
            />{" "}
            {t(`stance.${value}`)}
          </label>
        ))}
      </fieldset>
      {quote && (
        <p class="quote-chip">
          <span>{t("compose.quoting", { author: quote.author?.name ?? "" })}</span>{" "}
          <button type="button" class="button-quiet" onClick={onClearQuote}>
            {t("compose.removeQuote")}
          </button>
        </p>
      )}
      <TextAreaField
        id={`${prefix}-body`}
        label={t("compose.replyBody")}
        value={bodyMd}
        onValue={setBody}
        rows={parent ? 4 : 6}
        maxLength={50000}
        hint={<MarkdownHint />}
        error={errors.fields.bodyMd}
      />
      <MentionPicker chosen={mentioned} onChosen={setMentioned} onInsert={(text) => setBody(`${bodyMd}${text}`)} />
      <MarkdownPreview markdown={bodyMd} />
      <WritingAs id={`${prefix}-as`} represented={represented} value={as} onValue={setAs} />
      <div class="form-footer">
        <button type="submit" class="button" disabled={busy}>
          {t("compose.send")}
        </button>
        {onCancel && (
          <button type="button" class="button-quiet" onClick={onCancel}>
            {t("compose.cancel")}
          </button>
        )}
      </div>
    </Form>
  );
}
