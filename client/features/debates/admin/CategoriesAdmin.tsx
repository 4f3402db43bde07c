import "../../../i18n/debates.js";
import { useState } from "preact/hooks";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { DataTable } from "../../../components/DataTable.js";
import { Form } from "../../../components/Form.js";
import { FormDialog, useFormDialog } from "../../../components/FormDialog.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { SubmitFooter } from "../../../components/SubmitFooter.js";
import { TextAreaField } from "../../../components/TextAreaField.js";
import { TextField } from "../../../components/TextField.js";
import { useResource } from "../../../components/useResource.js";
import { useSubmit } from "../../../components/useSubmit.js";
import { useI18n } from "../../../i18n/index.js";
import { describeFormError, errorMessage } from "../../../lib/form-errors.js";
import { fetchCategories } from "../api.js";
import type { DebateCategory } from "../types.js";
import { type CategoryInput, createCategory, deleteCategory, updateCategory } from "./api.js";
import "../../../components/DataTable.css";
import "../../../components/forms.css";

type Values = { slug: string; nameAr: string; nameFr: string; descriptionAr: string };

const toInput = (values: Values): CategoryInput => ({
  slug: values.slug.trim(),
  nameAr: values.nameAr.trim(),
  nameFr: values.nameFr.trim() || null,
  descriptionAr: values.descriptionAr.trim(),
});

/** Debate categories: adding, editing, ordering (up and down), deleting an empty one. */
export function CategoriesAdmin() {
  const i18n = useI18n();
  const { t } = i18n;
  const categories = useResource(fetchCategories, []);
  const order = useSubmit();
  const move = (list: DebateCategory[], index: number, by: -1 | 1) =>
    order.run(async () => {
      const other = list[index + by];
      const category = list[index];
      if (!other || !category) return;
      await updateCategory(category.id, { position: other.position });
      await updateCategory(other.id, { position: category.position });
      categories.reload();
    });

  return (
    <div class="stack">
      <PageHeading title={t("admin.debateCategories.title")} />
      <p class="muted">{t("admin.debateCategories.intro")}</p>
      <AddCategoryForm onAdded={categories.reload} />
      {order.error ? (
        <p class="form-alert" role="alert">
          {errorMessage(order.error, i18n)}
        </p>
      ) : null}
      <LoadState resource={categories}>
        {(unsorted) => {
          const list = [...unsorted].sort((a, b) => a.position - b.position);
          return (
            <DataTable
              label={t("admin.debateCategories.title")}
              columns={[
                t("admin.debateCategories.nameAr"),
                t("admin.debateCategories.slug"),
                t("admin.debateCategories.count"),
                t("common.actions"),
              ]}
              rows={list}
            >
              {(category) => {
                const index = list.indexOf(category);
                return (
                  <tr key={category.id}>
                    <th scope="row">
                      {category.nameAr}
                      {category.nameFr && (
                        <>
                          <br />
                          <bdi lang="fr">{category.nameFr}</bdi>
                        </>
                      )}
                    </th>
                    <td>
                      <code>{category.slug}</code>
                    </td>
                    <td>{category.debateCount}</td>
                    <td>
                      <div class="row-actions">
                        <button
                          type="button"
                          class="button-quiet"
                          disabled={index === 0 || order.busy}
                          onClick={() => move(list, index, -1)}
                          aria-label={`${t("admin.debateCategories.up")}: ${category.nameAr}`}
                        >
                          {t("admin.debateCategories.up")}
                        </button>
                        <button
                          type="button"
                          class="button-quiet"
                          disabled={index === list.length - 1 || order.busy}
                          onClick={() => move(list, index, 1)}
                          aria-label={`${t("admin.debateCategories.down")}: ${category.nameAr}`}
                        >
                          {t("admin.debateCategories.down")}
                        </button>
                        <EditButton category={category} onDone={categories.reload} />
                        <ConfirmButton
                          label={t("admin.debateCategories.delete")}
                          ariaLabel={`${t("admin.debateCategories.delete")}: ${category.nameAr}`}
                          title={t("admin.debateCategories.deleteTitle")}
                          body={<p>{t("admin.debateCategories.deleteBody")}</p>}
                          confirmLabel={t("admin.debateCategories.delete")}
                          danger
                          action={() => deleteCategory(category.id)}
                          onDone={categories.reload}
                        />
                      </div>
                    </td>
                  </tr>
                );
              }}
            </DataTable>
          );
        }}
      </LoadState>
    </div>
  );
}

function CategoryFields({
  prefix,
  values,
  setValues,
  errors,
}: {
  prefix: string;
  values: Values;
  setValues: (values: Values) => void;
  errors: Partial<Record<keyof Values, string>>;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={`${prefix}-nameAr`}
        label={t("admin.debateCategories.nameAr")}
        autoComplete="off"
        required
        value={values.nameAr}
        onValue={(nameAr) => setValues({ ...values, nameAr })}
        error={errors.nameAr}
      />
      <TextField
        id={`${prefix}-nameFr`}
        label={t("admin.debateCategories.nameFr")}
        autoComplete="off"
        lang="fr"
        dir="ltr"
        value={values.nameFr}
        onValue={(nameFr) => setValues({ ...values, nameFr })}
        error={errors.nameFr}
      />
      <TextField
        id={`${prefix}-slug`}
        label={t("admin.debateCategories.slug")}
        autoComplete="off"
        dir="ltr"
        required
        value={values.slug}
        onValue={(slug) => setValues({ ...values, slug })}
        error={errors.slug}
      />
      <TextAreaField
        id={`${prefix}-description`}
        label={t("admin.debateCategories.description")}
        rows={3}
        required
        value={values.descriptionAr}
        onValue={(descriptionAr) => setValues({ ...values, descriptionAr })}
        error={errors.descriptionAr}
      />
    </>
  );
}

function AddCategoryForm({ onAdded }: { onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty: Values = { slug: "", nameAr: "", nameFr: "", descriptionAr: "" };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = describeFormError(error, i18n, { values });
  const submit = async () => {
    setAdded(null);
    await run(async () => {
      const category = await createCategory(toInput(values));
      setValues(empty);
      setAdded(category.nameAr);
      onAdded();
    });
  };
  return (
    <section class="card" aria-labelledby="add-category-title">
      <h2 id="add-category-title">{t("admin.debateCategories.add")}</h2>
      <Form onSubmit={submit} alert={errors.alert} attempt={error} label={t("admin.debateCategories.add")}>
        <CategoryFields prefix="category" values={values} setValues={setValues} errors={errors.fields} />
        <SubmitFooter label={t("admin.debateCategories.add")} busy={busy} done={added} />
      </Form>
    </section>
  );
}

function EditButton({ category, onDone }: { category: DebateCategory; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useFormDialog();
  const initial: Values = {
    slug: category.slug,
    nameAr: category.nameAr,
    nameFr: category.nameFr ?? "",
    descriptionAr: category.descriptionAr,
  };
  const [values, setValues] = useState(initial);
  const errors = describeFormError(dialog.error, i18n, { values });
  return (
    <>
      <button
        type="button"
        class="button-quiet"
        onClick={() => {
          setValues(initial);
          dialog.show();
        }}
        aria-label={`${t("admin.debateCategories.edit")}: ${category.nameAr}`}
      >
        {t("admin.debateCategories.edit")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("admin.debateCategories.edit")}
        alert={errors.alert}
        submitLabel={t("admin.debateCategories.save")}
        onSubmit={async () => {
          if (await dialog.submit(() => updateCategory(category.id, toInput(values)))) onDone();
        }}
      >
        <CategoryFields prefix={`edit-${category.id}`} values={values} setValues={setValues} errors={errors.fields} />
      </FormDialog>
    </>
  );
}
