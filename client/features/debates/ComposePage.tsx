import "../../i18n/membership.js";
import "../../i18n/debates.js";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { Form } from "../../components/Form.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { SelectField } from "../../components/SelectField.js";
import { TextAreaField } from "../../components/TextAreaField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { describeFormError } from "../../lib/form-errors.js";
import { useSession } from "../auth/session.js";
import { MarkdownHint } from "../membership/MarkdownHint.js";
import { MarkdownPreview } from "../membership/MarkdownPreview.js";
import { createDebate, fetchCategories, fetchDebate, updateDebate } from "./api.js";
import { MentionPicker } from "./MentionPicker.js";
import { categoryName, debateHref } from "./names.js";
import type { DebateCategory, DebateDetail, MentionCandidate } from "./types.js";
import { useRepresented, WritingAs } from "./WritingAs.js";
import "./debates.css";

/** `/debates/new` and `/debates/:id/edit`: writing a debate, with its preview as it will be published. */
export function ComposePage({ id }: { id?: string }) {
  const { t } = useI18n();
  const { status, user } = useSession();
  const categories = useResource(fetchCategories, []);
  const existing = useResource(() => (id ? fetchDebate(id).then((view) => view.debate) : Promise.resolve(null)), [id]);
  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user)
    return <Redirect to={`/login?next=${encodeURIComponent(id ? `${debateHref(id)}/edit` : "/debates/new")}`} />;
  return (
    <div class="narrow stack">
      <PageHeading title={id ? t("compose.editTitle") : t("compose.newTitle")} />
      <LoadState resource={categories}>
        {(list) => (
          <LoadState resource={existing}>{(debate) => <ComposeForm categories={list} debate={debate} />}</LoadState>
        )}
      </LoadState>
    </div>
  );
}

function ComposeForm({ categories, debate }: { categories: DebateCategory[]; debate: DebateDetail | null }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { query, route } = useLocation();
  const represented = useRepresented(true);
  const [title, setTitle] = useState(debate?.title ?? "");
  const [bodyMd, setBody] = useState(debate?.bodyMd ?? "");
  const [categoryId, setCategory] = useState(debate?.category?.id ?? query.category ?? "");
  const [tags, setTags] = useState(debate?.tags.join("، ") ?? "");
  const [as, setAs] = useState("");
  const [mentioned, setMentioned] = useState<MentionCandidate[]>([]);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values: { title, bodyMd, categoryId, tags } });

  useEffect(() => {
    if (!categoryId && categories.length === 1) setCategory(categories[0]!.id);
  }, [categories]);

  // Only the people still named in the text are notified.
  const mentionIds = () => mentioned.filter((person) => bodyMd.includes(`@${person.name}`)).map((person) => person.id);
  const submit = () =>
    run(async () => {
      const saved = debate
        ? await updateDebate(debate.id, { title, bodyMd })
        : await createDebate({
            title,
            bodyMd,
            categoryId,
            tags: tags
              .split(/[,،]/)
              .map((tag: string) => tag.trim())
              .filter(Boolean),
            associationId: as || null,
            mentionIds: mentionIds(),
          });
      route(debateHref(saved.id));
    });

  return (
    <Form
      onSubmit={submit}
      alert={errors.alert}
      attempt={error}
      label={debate ? t("compose.editTitle") : t("compose.newTitle")}
    >
      <TextField
        id="debate-title"
        label={t("compose.title")}
        value={title}
        onValue={setTitle}
        autoComplete="off"
        dir="auto"
        maxLength={200}
        required
        error={errors.fields.title}
      />
      {!debate && (
        <>
          <SelectField
            id="debate-category"
            label={t("compose.category")}
            value={categoryId}
            onValue={setCategory}
            required
            error={errors.fields.categoryId}
            options={[
              { value: "", label: t("compose.chooseCategory") },
              ...categories.map((category) => ({ value: category.id, label: categoryName(category, locale) })),
            ]}
          />
          <TextField
            id="debate-tags"
            label={t("compose.tags")}
            hint={t("compose.tagsHint")}
            value={tags}
            onValue={setTags}
            autoComplete="off"
            dir="auto"
            error={errors.fields.tags}
          />
        </>
      )}
      <TextAreaField
        id="debate-body"
        label={t("compose.body")}
        value={bodyMd}
        onValue={setBody}
        rows={12}
        maxLength={50000}
        required
        hint={<MarkdownHint />}
        error={errors.fields.bodyMd}
      />
      {!debate && (
        <MentionPicker chosen={mentioned} onChosen={setMentioned} onInsert={(text) => setBody(`${bodyMd}${text}`)} />
      )}
      <MarkdownPreview markdown={bodyMd} />
      {!debate && <WritingAs id="debate-as" represented={represented.data ?? []} value={as} onValue={setAs} />}
      <div class="form-footer">
        <button type="submit" class="button" disabled={busy}>
          {debate ? t("compose.save") : t("compose.publish")}
        </button>
        <a class="button-quiet" href={debate ? debateHref(debate.id) : "/debates"}>
          {t("compose.cancel")}
        </a>
      </div>
    </Form>
  );
}
