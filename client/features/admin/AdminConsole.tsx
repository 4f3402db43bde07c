import "../../i18n/admin.js";
import { useEffect, useState } from "preact/hooks";
import { Route, Router, useLocation } from "preact-iso";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchCharter } from "../associations/api.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import "./admin.css";
import type { AdminRoute, AdminSection } from "./section.js";
import { sections } from "./sections.js";

/** A section is current on any of its screens; "/admin" itself is the section whose screen is "/". */
function isCurrent(path: string, section: AdminSection): boolean {
  return section.routes.some((route) => {
    if (route.path === "/") return path === "/admin";
    const base = `/admin${route.path.split("/:")[0]}`;
    return path === base || path.startsWith(`${base}/`);
  });
}

/** The same for every path of a section showing the same screen ("/" and "/applications"). */
function screenKey(section: AdminSection, route: AdminRoute): string {
  return `${section.href} ${section.routes.findIndex((other) => other.component === route.component)}`;
}

/** Until a charter is published no association can apply: the first admin is shown the way. */
function CharterMissingNotice({ path }: { path: string }) {
  const { t } = useI18n();
  const current = useResource(fetchCharter, [path]);
  if (!current.data || current.data.charter || path.startsWith("/admin/charter")) return null;
  return (
    <p class="notice notice-warning" role="status">
      {t("admin.charterMissing")} <a href="/admin/charter">{t("admin.charterMissingLink")}</a>
    </p>
  );
}

/** «لوحة الإدارة»: for the forum's admins only; anyone else is told so. */
export function AdminConsole() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);

  // Choosing a section closes the list on a phone.
  useEffect(() => setOpen(false), [path]);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to={`/login?next=${encodeURIComponent(path)}`} />;
  if (user.role !== "admin") {
    return (
      <section class="narrow">
        <PageHeading title={t("admin.forbiddenTitle")} />
        <p class="notice notice-error">{t("admin.forbiddenBody")}</p>
        <p>
          <a href="/">{t("notFound.home")}</a>
        </p>
      </section>
    );
  }

  return (
    <div class="admin">
      <p class="admin-kicker">{t("admin.title")}</p>
      <nav class="subnav" aria-label={t("admin.navLabel")}>
        {/* On a phone the sections fold behind one button naming the current one. */}
        <button
          type="button"
          class="button-quiet subnav-toggle"
          aria-expanded={open}
          aria-controls="admin-sections"
          onClick={() => setOpen(!open)}
        >
          <span class="menu-icon" aria-hidden="true" />
          <span class="visually-hidden">{t("admin.navLabel")}: </span>
          {t((sections.find((section) => isCurrent(path, section)) ?? sections[0]!).label)}
        </button>
        <ul class="subnav-list" id="admin-sections" data-open={open}>
          {sections.map((section) => {
            const current = isCurrent(path, section);
            return (
              <li key={section.href}>
                <a
                  class="pill-link"
                  href={section.href}
                  aria-current={current ? (path === section.href ? "page" : "true") : undefined}
                >
                  {t(section.label)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <CharterMissingNotice path={path} />
      <Router>
        {sections.flatMap((section) =>
          section.routes.map((route) => (
            // Going between two paths of one screen keeps it, as it did when each Route was written out.
            <Route key={screenKey(section, route)} path={route.path} component={route.component} />
          )),
        )}
        <Route default component={NotFoundPage} />
      </Router>
    </div>
  );
}
