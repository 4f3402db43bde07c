import { LocationProvider, Route, Router } from "preact-iso";
import { LoginPage } from "./features/auth/LoginPage.js";
import { RegisterPage } from "./features/auth/RegisterPage.js";
import { HomePage } from "./features/home/HomePage.js";
import { ProfilePage } from "./features/profile/ProfilePage.js";
import { Header } from "./features/shell/Header.js";
import { NotFoundPage } from "./features/shell/NotFoundPage.js";
import { SessionBanner } from "./features/shell/SessionBanner.js";
import { useI18n } from "./i18n/index.js";

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
          <Route default component={NotFoundPage} />
        </Router>
      </main>
      <footer class="site-footer">
        <div class="container">{t("app.footer")}</div>
      </footer>
    </LocationProvider>
  );
}
