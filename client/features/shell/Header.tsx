import { useLocation } from "preact-iso";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { logout, useSession } from "../auth/session.js";
import { LocaleSwitch } from "./LocaleSwitch.js";

function NavLink({ href, label }: { href: string; label: MessageKey }) {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <a href={href} aria-current={path === href ? "page" : undefined}>
      {t(label)}
    </a>
  );
}

export function Header() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const { route } = useLocation();

  const onLogout = async () => {
    try {
      await logout();
      route("/");
    } catch (error) {
      console.error(error);
    }
  };

  return (
    <header class="site-header">
      <div class="container header-inner">
        <a href="/" class="brand" lang="ar">
          {t("app.brand")}
        </a>
        <nav aria-label={t("nav.label")}>
          <ul>
            <li>
              <NavLink href="/" label="nav.home" />
            </li>
            {user && (
              <li>
                <NavLink href="/profile" label="nav.profile" />
              </li>
            )}
            {!user && status !== "loading" && (
              <>
                <li>
                  <NavLink href="/login" label="nav.login" />
                </li>
                <li>
                  <NavLink href="/register" label="nav.register" />
                </li>
              </>
            )}
          </ul>
        </nav>
        <div class="header-tools">
          <LocaleSwitch />
          {user && (
            <>
              <bdi class="user-name">{user.name}</bdi>
              <button type="button" class="button-quiet" onClick={onLogout}>
                {t("nav.logout")}
              </button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
