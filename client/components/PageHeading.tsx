import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../i18n/index.js";

// The first page is announced by the browser itself; later ones get focus on their heading.
let firstPage = true;

/** The page's `<h1>`: names the document and takes focus after a client-side navigation. */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const appName = t("app.name");
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
