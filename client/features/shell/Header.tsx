import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { logout, useSession } from "../auth/session.js";
import { NotificationBell } from "../notifications/NotificationBell.js";
import { LocaleSwitch } from "./LocaleSwitch.js";
import "./shell.css";

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

/**
 * The site's header. On a phone the navigation and the account's name and logout fold into a menu
 * opened by one button, so that a page starts near the top of the screen; on a wide screen the menu
 * button is not shown and everything sits on one line.
 */
export function Header() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const { path, route } = useLocation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  // Following a link closes the menu.
  useEffect(() => setOpen(false), [path]);

  const onLogout = async () => {
    try {
      await logout();
      route("/");
    } catch (error) {
      console.error(error);
    }
  };

  // Escape closes an open menu and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <header class="site-header">
      <div class="container header-inner">
        <a href="/" class="brand" lang="ar">
          {t("app.brand")}
        </a>
        <div class="header-quick">
          {user && <NotificationBell />}
          <LocaleSwitch />
          <button
            ref={toggle}
            type="button"
            class="button-quiet menu-toggle"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => setOpen(!open)}
          >
            <span class="menu-icon" aria-hidden="true" />
            <span class="menu-label">{t("nav.menu")}</span>
          </button>
        </div>
        <div id="site-menu" class="site-menu" data-open={open}>
          <nav aria-label={t("nav.label")}>
            <ul>
              <li>
                <NavLink href="/" label="nav.home" />
              </li>
              <li>
                <NavLink href="/associations" label="nav.directory" />
              </li>
              <li>
                <NavLink href="/debates" label="nav.debates" />
              </li>
              <li>
                <NavLink href="/proposals" label="nav.proposals" />
              </li>
              <li>
                <NavLink href="/votes" label="nav.votes" />
              </li>
              <li>
                <NavLink href="/programmes" label="nav.programmes" />
              </li>
              <li>
                <NavLink href="/sessions" label="nav.sessions" />
              </li>
              <li>
                <NavLink href="/assemblies" label="nav.assemblies" />
              </li>
              <li>
                <NavLink href="/decisions" label="nav.decisions" />
              </li>
              <li>
                <NavLink href="/charter" label="nav.charter" />
              </li>
              {user && (
                <li>
                  <NavLink href="/me/associations" label="nav.myAssociations" />
                </li>
              )}
              {(user?.role === "moderator" || user?.role === "admin") && (
                <li>
                  <NavLink href="/moderation" label="nav.moderation" />
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
          {user && (
            <div class="header-account">
              <bdi class="user-name">{user.name}</bdi>
              <button type="button" class="button-quiet" onClick={onLogout}>
                {t("nav.logout")}
              </button>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
