import type { ComponentType } from "preact";
import { LocationProvider, lazy, Route, Router } from "preact-iso";
import { AssociationPage } from "./features/associations/AssociationPage.js";
import { DirectoryPage } from "./features/associations/DirectoryPage.js";
import { LoginPage } from "./features/auth/LoginPage.js";
import { RegisterPage } from "./features/auth/RegisterPage.js";
import { CharterPage } from "./features/charter/CharterPage.js";
import { HomePage } from "./features/home/HomePage.js";
import { InvitationPage } from "./features/invitations/InvitationPage.js";
import { ProfilePage } from "./features/profile/ProfilePage.js";
import { ChunkFailedPage } from "./features/shell/ChunkFailedPage.js";
import { Header } from "./features/shell/Header.js";
import { NotFoundPage } from "./features/shell/NotFoundPage.js";
import { SessionBanner } from "./features/shell/SessionBanner.js";
import { useI18n } from "./i18n/index.js";
import "./features/shell/shell.css";

/** A screen loaded on first use; when its file cannot be fetched, a page that offers to reload. */
function later<P>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().catch(() => ChunkFailedPage as ComponentType<P>));
}

// The first visit does not pay for the forms and the admin console.
const ApplyPage = later(() => import("./features/membership/ApplyPage.js").then((m) => m.ApplyPage));
const MyAssociationsPage = later(() =>
  import("./features/membership/MyAssociationsPage.js").then((m) => m.MyAssociationsPage),
);
const ManagePage = later(() => import("./features/membership/ManagePage.js").then((m) => m.ManagePage));
const NotificationsPage = later(() =>
  import("./features/notifications/NotificationsPage.js").then((m) => m.NotificationsPage),
);
const SessionsPage = later(() => import("./features/sessions/SessionsPage.js").then((m) => m.SessionsPage));
const SessionPage = later(() => import("./features/sessions/LivePage.js").then((m) => m.SessionPage));
const ConsolePage = later(() => import("./features/sessions/LivePage.js").then((m) => m.ConsolePage));
const MinutesPage = later(() => import("./features/sessions/MinutesPage.js").then((m) => m.MinutesPage));
const AdminConsole = later(() => import("./features/admin/AdminConsole.js").then((m) => m.AdminConsole));

export function App() {
  const { t } = useI18n();
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Header />
      <SessionBanner />
      <main id="main" class="container" tabIndex={-1}>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/login" component={LoginPage} />
          <Route path="/register" component={RegisterPage} />
          <Route path="/profile" component={ProfilePage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/associations" component={DirectoryPage} />
          <Route path="/associations/:slug" component={AssociationPage} />
          <Route path="/charter" component={CharterPage} />
          <Route path="/invitations/:token" component={InvitationPage} />
          <Route path="/apply" component={ApplyPage} />
          <Route path="/me/associations" component={MyAssociationsPage} />
          <Route path="/me/associations/:slug" component={ManagePage} />
          <Route path="/sessions" component={SessionsPage} />
          <Route path="/sessions/:id" component={SessionPage} />
          <Route path="/sessions/:id/console" component={ConsolePage} />
          <Route path="/sessions/:id/minutes" component={MinutesPage} />
          <Route path="/admin/*" component={AdminConsole} />
          <Route path="/admin" component={AdminConsole} />
          <Route default component={NotFoundPage} />
        </Router>
      </main>
      <footer class="site-footer">
        <div class="container">{t("app.footer")}</div>
      </footer>
    </LocationProvider>
  );
}
