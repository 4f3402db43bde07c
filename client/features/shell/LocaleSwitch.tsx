import { setLocale, translate, useI18n } from "../../i18n/index.js";
import { rememberLocale } from "../auth/session.js";

/** Arabic ⇄ Français: the button names the other language, in that language. */
export function LocaleSwitch() {
  const { locale, t } = useI18n();
  const other = locale === "ar" ? "fr" : "ar";
  return (
    <button
      type="button"
      class="button-quiet"
      lang={other}
      title={t("locale.switchLabel")}
      onClick={() => {
        setLocale(other);
        rememberLocale();
      }}
    >
      {translate(other, "locale.name")}
    </button>
  );
}
