import { useEffect, useId, useState } from "preact/hooks";
import { api } from "../../api.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import "../../components/forms.css";
import "./membership.css";

const renderPreview = (markdown: string) => api.post<{ html: string }>("/api/markdown/preview", { markdown });

type Props = {
  markdown: string;
  /** Show it at once (the last look before publishing) instead of on demand. */
  immediate?: boolean;
};

/**
 * How a Markdown text will look, rendered and sanitised by the server exactly as it will be stored.
 * On demand, so typing does not send a request per key; a stale preview says so and offers to refresh.
 */
export function MarkdownPreview({ markdown, immediate = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const regionId = useId();
  const [open, setOpen] = useState(immediate);
  const [shown, setShown] = useState<{ source: string; html: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async (source: string) => {
    setBusy(true);
    setError(null);
    try {
      setShown({ source, html: (await renderPreview(source)).html });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  // Shown at once: rendered once, when it appears.
  useEffect(() => {
    if (immediate) void load(markdown);
  }, []);

  const stale = shown !== null && shown.source !== markdown;
  return (
    <div class="markdown-preview">
      {!immediate && (
        <div class="form-footer">
          <button
            type="button"
            class="button-quiet"
            aria-expanded={open}
            aria-controls={regionId}
            onClick={() => {
              const next = !open;
              setOpen(next);
              if (next && (shown === null || stale)) void load(markdown);
            }}
          >
            {open ? t("preview.hide") : t("preview.show")}
          </button>
          {open && stale && (
            <button type="button" class="button-quiet" disabled={busy} onClick={() => void load(markdown)}>
              {t("preview.refresh")}
            </button>
          )}
        </div>
      )}
      {open && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        <section id={regionId} class="preview-box" aria-label={t("preview.label")} aria-busy={busy} tabIndex={0}>
          {error ? (
            <p class="field-error" role="alert">
              {errorMessage(error, i18n)}
            </p>
          ) : shown === null ? (
            <p class="muted" role="status">
              {t("state.loading")}
            </p>
          ) : shown.html ? (
            // Rendered and sanitised by the server, as the stored text will be.
            <SanitizedHtml html={shown.html} />
          ) : (
            <p class="muted">{t("preview.empty")}</p>
          )}
        </section>
      )}
    </div>
  );
}
