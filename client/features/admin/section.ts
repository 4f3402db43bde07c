import type { AnyComponent } from "preact";
import type { MessageKey } from "../../i18n/index.js";

/** A screen of the admin console, under `/admin` (the path is relative to it: "/", "/fields/:id"). */
export interface AdminRoute {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: each screen takes the parameters of its own path
  component: AnyComponent<any>;
}

/**
 * One entry of the admin console's navigation, with the screens it leads to. A domain declares its
 * sections in its `admin/index.ts`; `sections.ts` lists them; the console shows them by `order`.
 */
export interface AdminSection {
  href: string;
  label: MessageKey;
  routes: AdminRoute[];
  order: number;
}
