import "../../i18n/assemblies.js";
import "./assemblies.css";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import {
  type AssemblyDetail,
  type AssemblyInput,
  type AssemblyItemType,
  type AssemblyKind,
  assemblyItemTypes,
  assemblyKinds,
} from "../../../common/assemblies.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { createAssembly, fetchAssembly, updateAssembly } from "./api.js";
import { ErrorNotice } from "./shared.js";

type Item = { key: number; title: string; type: AssemblyItemType };

/** A `datetime-local` value for an ISO instant, in the reader's time zone. */
function localValue(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

let nextKey = 1;

function AssemblyForm({ existing }: { existing: AssemblyDetail | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const [kind, setKind] = useState<AssemblyKind>(existing?.kind ?? "ordinary");
  const [title, setTitle] = useState(existing?.title ?? "");
  const [when, setWhen] = useState(existing ? localValue(existing.scheduledAt) : "");
  const [place, setPlace] = useState(existing?.place ?? "");
  const [online, setOnline] = useState(existing?.onlineUrl ?? "");
  const [items, setItems] = useState<Item[]>(
    existing?.items.map((item) => ({ key: nextKey++, title: item.title, type: item.type })) ?? [
      { key: nextKey++, title: "", type: "report" },
    ],
  );
  const [error, setError] = useState<string | null>(null);
  const change = (key: number, patch: Partial<Item>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const moveUp = (index: number) =>
    setItems((list) => {
      if (index === 0) return list;
      const copy = [...list];
      [copy[index - 1], copy[index]] = [copy[index]!, copy[index - 1]!];
      return copy;
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!place.trim() && !online.trim()) {
      setError(t("assemblies.form.placeOrLink"));
      return;
    }
    const input: AssemblyInput = {
      kind,
      title,
      scheduledAt: new Date(when).toISOString(),
      place: place.trim() || null,
      onlineUrl: online.trim() || null,
      items: items.filter((item) => item.title.trim()).map(({ title, type }) => ({ title, type })),
    };
    try {
      const saved = existing ? await updateAssembly(existing.id, input) : await createAssembly(input);
      route(`/assemblies/${saved.id}`);
    } catch (caught) {
      setError(errorMessage(caught, i18n));
    }
  };
  return (
    <form class="stack assembly-form" onSubmit={submit}>
      <label for="assembly-kind">{t("assemblies.form.kind")}</label>
      <select
        id="assembly-kind"
        value={kind}
        onChange={(e) => setKind((e.target as HTMLSelectElement).value as AssemblyKind)}
      >
        {assemblyKinds.map((value) => (
          <option key={value} value={value}>
            {t(`assemblies.kind.${value}` as MessageKey)}
          </option>
        ))}
      </select>
      <label for="assembly-title">{t("assemblies.form.title")}</label>
      <input
        id="assembly-title"
        dir="auto"
        required
        value={title}
        onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
      />
      <label for="assembly-when">{t("assemblies.form.when")}</label>
      <input
        id="assembly-when"
        type="datetime-local"
        required
        value={when}
        onInput={(e) => setWhen((e.target as HTMLInputElement).value)}
      />
      <label for="assembly-place">{t("assemblies.form.place")}</label>
      <input
        id="assembly-place"
        dir="auto"
        value={place}
        onInput={(e) => setPlace((e.target as HTMLInputElement).value)}
      />
      <label for="assembly-online">{t("assemblies.form.online")}</label>
      <input
        id="assembly-online"
        type="url"
        dir="ltr"
        value={online}
        onInput={(e) => setOnline((e.target as HTMLInputElement).value)}
      />
      <fieldset class="stack">
        <legend>{t("assemblies.form.items")}</legend>
        {items.map((item, index) => (
          <div key={item.key} class="assembly-item-row">
            <label>
              {t("assemblies.form.itemTitle", { n: index + 1 })}
              <input
                dir="auto"
                value={item.title}
                onInput={(e) => change(item.key, { title: (e.target as HTMLInputElement).value })}
              />
            </label>
            <label>
              {t("assemblies.form.itemType", { n: index + 1 })}
              <select
                value={item.type}
                onChange={(e) => change(item.key, { type: (e.target as HTMLSelectElement).value as AssemblyItemType })}
              >
                {assemblyItemTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`assemblies.itemType.${type}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <span class="assembly-actions">
              {index > 0 && (
                <button type="button" class="button-quiet" onClick={() => moveUp(index)}>
                  {t("assemblies.form.up", { n: index + 1 })}
                </button>
              )}
              <button
                type="button"
                class="button-quiet"
                onClick={() => setItems((list) => list.filter((other) => other.key !== item.key))}
              >
                {t("assemblies.form.removeItem", { n: index + 1 })}
              </button>
            </span>
          </div>
        ))}
        <p>
          <button
            type="button"
            class="button-quiet"
            onClick={() => setItems((list) => [...list, { key: nextKey++, title: "", type: "other" }])}
          >
            {t("assemblies.form.addItem")}
          </button>
        </p>
      </fieldset>
      <ErrorNotice message={error} />
      <p>
        <button class="button" type="submit">
          {t("assemblies.form.save")}
        </button>
      </p>
    </form>
  );
}

/** `/assemblies/new`: a moderator drafts an assembly. */
export function NewAssemblyPage() {
  const { t } = useI18n();
  return (
    <div class="stack">
      <PageHeading title={t("assemblies.form.new")} />
      <AssemblyForm existing={null} />
    </div>
  );
}

/** `/assemblies/:id/edit`: the draft's details and agenda (until it is convened). */
export function EditAssemblyPage({ id }: { id: string }) {
  const { t } = useI18n();
  const assembly = useResource(() => fetchAssembly(id), [id]);
  return (
    <div class="stack">
      <PageHeading title={t("assemblies.form.edit")} />
      <LoadState resource={assembly}>{(data: AssemblyDetail) => <AssemblyForm existing={data} />}</LoadState>
    </div>
  );
}
