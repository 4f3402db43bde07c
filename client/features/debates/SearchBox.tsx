import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useI18n } from "../../i18n/index.js";

/** A search field that leads to `/search?q=`. */
export function SearchBox({ initial }: { initial: string }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const [q, setQ] = useState(initial);
  return (
    <search>
      <form
        class="search-box"
        onSubmit={(event) => {
          event.preventDefault();
          if (q.trim()) route(`/search?q=${encodeURIComponent(q.trim())}`);
        }}
      >
        <label for="debates-search" class="visually-hidden">
          {t("search.label")}
        </label>
        <input id="debates-search" type="search" dir="auto" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="button button-secondary">
          {t("search.submit")}
        </button>
      </form>
    </search>
  );
}
