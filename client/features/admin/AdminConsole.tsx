import "../../i18n/admin.js";
import { useEffect, useState } from "preact/hooks";
import { Route, Router, useLocation } from "preact-iso";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { fetchCharter } from "../associations/api.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { AccountsAdmin } from "./AccountsAdmin.js";
import { ApplicationReview } from "./ApplicationReview.js";
import { ApplicationsQueue } from "./ApplicationsQueue.js";
import { AssociationsAdmin } from "./AssociationsAdmin.js";
import { AuditLog } from "./AuditLog.js";
import { CharterAdmin } from "./CharterAdmin.js";
import { ElectorateAdmin } from "./ElectorateAdmin.js";
import { FieldsAdmin } from "./FieldsAdmin.js";
import { SnapshotView } from "./SnapshotView.js";
import "./admin.css";

const sections: { href: string; label: MessageKey }[] = [
  { href: "/admin", label: "admin.nav.applications" },
  { href: "/admin/associations", label: "admin.nav.associations" },
  { href: "/admin/fields", label: "admin.nav.fields" },
  { href: "/admin/charter", label: "admin.nav.charter" },
  { href: "/admin/electorate", label: "admin.nav.electorate" },
  { href: "/admin/accounts", label: "admin.nav.accounts" },
  { href: "/admin/audit", label: "admin.nav.audit" },
];

function isCurrent(path: string, href: string): boolean {
  if (href === "/admin") return path === "/admin" || path.startsWith("/admin/applications");
  return path === href || path.startsWith(`${href}/`);
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
          {t((sections.find((section) => isCurrent(path, section.href)) ?? sections[0]!).label)}
        </button>
        <ul class="subnav-list" id="admin-sections" data-open={open}>
          {sections.map((section) => {
            const current = isCurrent(path, section.href);
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
        <Route path="/" component={ApplicationsQueue} />
        <Route path="/applications" component={ApplicationsQueue} />
        <Route path="/applications/:id" component={ApplicationReview} />
        <Route path="/associations" component={AssociationsAdmin} />
        <Route path="/fields" component={FieldsAdmin} />
        <Route path="/charter" component={CharterAdmin} />
        <Route path="/electorate" component={ElectorateAdmin} />
        <Route path="/electorate/:id" component={SnapshotView} />
        <Route path="/accounts" component={AccountsAdmin} />
        <Route path="/audit" component={AuditLog} />
        <Route default component={NotFoundPage} />
      </Router>
    </div>
  );
}
