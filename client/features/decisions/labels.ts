import type { I18n } from "../../i18n/index.js";
import { isMessageKey } from "../../i18n/index.js";

/** The name of a kind, an outcome, a voting method or a majority rule in the page's language; an unknown value as it is. */
export function label(i18n: I18n, group: "kind" | "outcome" | "method" | "rule", value: string): string {
  const key = `decisions.${group}.${value}`;
  return isMessageKey(key) ? i18n.t(key) : value;
}
