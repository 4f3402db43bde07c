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
const ProposalsPage = later(() => import("./features/proposals/ProposalsPage.js").then((m) => m.ProposalsPage));
const ProposalPage = later(() => import("./features/proposals/ProposalPage.js").then((m) => m.ProposalPage));
const ProposalFormPage = later(() =>
  import("./features/proposals/ProposalFormPage.js").then((m) => m.ProposalFormPage),
);
const AmendmentFormPage = later(() =>
  import("./features/proposals/AmendmentFormPage.js").then((m) => m.AmendmentFormPage),
);
const ProgrammesPage = later(() => import("./features/programmes/ProgrammesPage.js").then((m) => m.ProgrammesPage));
const ProgrammePage = later(() => import("./features/programmes/ProgrammePage.js").then((m) => m.ProgrammePage));
const ProgrammeEditorPage = later(() => import("./features/programmes/EditorPage.js").then((m) => m.EditorPage));
const ProgrammeAmendmentPage = later(() =>
  import("./features/programmes/AmendmentPage.js").then((m) => m.AmendmentPage),
);
const ProgrammeProgressPage = later(() => import("./features/programmes/ProgressPage.js").then((m) => m.ProgressPage));
const ActionUpdatePage = later(() => import("./features/programmes/UpdatePage.js").then((m) => m.UpdatePage));
const VersionsPage = later(() => import("./features/proposals/VersionsPage.js").then((m) => m.VersionsPage));
const DecisionsRegisterPage = later(() => import("./features/decisions/RegisterPage.js").then((m) => m.RegisterPage));
const DecisionPage = later(() => import("./features/decisions/DecisionPage.js").then((m) => m.DecisionPage));
const NewDecisionPage = later(() => import("./features/decisions/NewDecisionPage.js").then((m) => m.NewDecisionPage));
const VotesPage = later(() => import("./features/votes/VotesPage.js").then((m) => m.VotesPage));
const VotePage = later(() => import("./features/votes/VotePage.js").then((m) => m.VotePage));
const NewVotePage = later(() => import("./features/votes/VoteFormPage.js").then((m) => m.NewVotePage));
const EditVotePage = later(() => import("./features/votes/VoteFormPage.js").then((m) => m.EditVotePage));
const DebatesHome = later(() => import("./features/debates/DebatesHome.js").then((m) => m.DebatesHome));
const CategoryPage = later(() => import("./features/debates/CategoryPage.js").then((m) => m.CategoryPage));
const ComposePage = later(() => import("./features/debates/ComposePage.js").then((m) => m.ComposePage));
const DebatePage = later(() => import("./features/debates/DebatePage.js").then((m) => m.DebatePage));
const SearchPage = later(() => import("./features/debates/SearchPage.js").then((m) => m.SearchPage));
const ModerationPage = later(() => import("./features/debates/ModerationPage.js").then((m) => m.ModerationPage));
const SessionsPage = later(() => import("./features/sessions/SessionsPage.js").then((m) => m.SessionsPage));
const SessionPage = later(() => import("./features/sessions/LivePage.js").then((m) => m.SessionPage));
const ConsolePage = later(() => import("./features/sessions/LivePage.js").then((m) => m.ConsolePage));
const MinutesPage = later(() => import("./features/sessions/MinutesPage.js").then((m) => m.MinutesPage));
const AssembliesPage = later(() => import("./features/assemblies/AssembliesPage.js").then((m) => m.AssembliesPage));
const AssemblyPage = later(() => import("./features/assemblies/AssemblyPage.js").then((m) => m.AssemblyPage));
const NewAssemblyPage = later(() => import("./features/assemblies/AssemblyFormPage.js").then((m) => m.NewAssemblyPage));
const EditAssemblyPage = later(() =>
  import("./features/assemblies/AssemblyFormPage.js").then((m) => m.EditAssemblyPage),
);
const AssemblyDeskPage = later(() => import("./features/assemblies/DeskPage.js").then((m) => m.DeskPage));
const ConvocationsPage = later(() =>
  import("./features/assemblies/ConvocationsPage.js").then((m) => m.ConvocationsPage),
);
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
          <Route path="/proposals" component={ProposalsPage} />
          <Route path="/proposals/new" component={ProposalFormPage} />
          <Route path="/proposals/:id" component={ProposalPage} />
          <Route path="/proposals/:id/edit" component={ProposalFormPage} />
          <Route path="/proposals/:id/amend" component={AmendmentFormPage} />
          <Route path="/proposals/:id/versions" component={VersionsPage} />
          <Route path="/programmes" component={ProgrammesPage} />
          <Route path="/programmes/:id" component={ProgrammePage} />
          <Route path="/programmes/:id/edit" component={ProgrammeEditorPage} />
          <Route path="/programmes/:id/amend" component={ProgrammeAmendmentPage} />
          <Route path="/programmes/:id/progress" component={ProgrammeProgressPage} />
          <Route path="/programmes/:id/actions/:actionId/update" component={ActionUpdatePage} />
          <Route path="/charter" component={CharterPage} />
          <Route path="/decisions" component={DecisionsRegisterPage} />
          <Route path="/decisions/new" component={NewDecisionPage} />
          <Route path="/decisions/:year/:seq" component={DecisionPage} />
          <Route path="/invitations/:token" component={InvitationPage} />
          <Route path="/apply" component={ApplyPage} />
          <Route path="/me/associations" component={MyAssociationsPage} />
          <Route path="/me/associations/:slug" component={ManagePage} />
          <Route path="/votes" component={VotesPage} />
          <Route path="/votes/new" component={NewVotePage} />
          <Route path="/votes/:id/edit" component={EditVotePage} />
          <Route path="/votes/:id" component={VotePage} />
          <Route path="/debates" component={DebatesHome} />
          <Route path="/debates/new" component={ComposePage} />
          <Route path="/debates/c/:slug" component={CategoryPage} />
          <Route path="/debates/:id/edit" component={ComposePage} />
          <Route path="/debates/:id/replies/:replyId" component={DebatePage} />
          <Route path="/debates/:id" component={DebatePage} />
          <Route path="/search" component={SearchPage} />
          <Route path="/moderation" component={ModerationPage} />
          <Route path="/sessions" component={SessionsPage} />
          <Route path="/sessions/:id" component={SessionPage} />
          <Route path="/sessions/:id/console" component={ConsolePage} />
          <Route path="/sessions/:id/minutes" component={MinutesPage} />
          <Route path="/assemblies" component={AssembliesPage} />
          <Route path="/assemblies/new" component={NewAssemblyPage} />
          <Route path="/assemblies/:id" component={AssemblyPage} />
          <Route path="/assemblies/:id/edit" component={EditAssemblyPage} />
          <Route path="/assemblies/:id/desk" component={AssemblyDeskPage} />
          <Route path="/assemblies/:id/convocations" component={ConvocationsPage} />
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
