import { useLocation } from "preact-iso";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { logout, useSession } from "../auth/session.js";
import { NotificationBell } from "../notifications/NotificationBell.js";
import { LocaleSwitch } from "./LocaleSwitch.js";

function NavLink({ href, label }: { href: string; label: MessageKey }) {
  const { t } = useI18n();
  const { path } = useLocation();
  // The page itself, or a page inside its section (an association's page is in the directory).
  const current = path === href ? "page" : href !== "/" && path.startsWith(`${href}/`) ? "true" : undefined;
  return (
    <a href={href} aria-current={current}>
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
            <li>
              <NavLink href="/associations" label="nav.directory" />
            </li>
            <li>
              <NavLink href="/charter" label="nav.charter" />
            </li>
            {user && (
              <li>
                <NavLink href="/me/associations" label="nav.myAssociations" />
              </li>
            )}
            {user?.role === "admin" && (
              <li>
                <NavLink href="/admin" label="nav.admin" />
              </li>
            )}
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
              <NotificationBell />
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
