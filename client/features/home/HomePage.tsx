import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { OnlineList } from "../presence/OnlineList.js";
import { AgendaSection } from "./Agenda.js";
import "./home.css";

/** The home page: the forum presented to visitors; what waits for them to people signed in. */
export function HomePage() {
  const { t } = useI18n();
  const { status, user } = useSession();

  if (user) {
    return (
      <>
        <section class="hero">
          <PageHeading title={t("home.greeting", { name: user.name })} />
          <p class="lead">{t("home.signedInIntro")}</p>
        </section>
        <AgendaSection />
        <AssociationsCallout signedIn />
        <OnlineList currentUserId={user.id} />
      </>
    );
  }

  return (
    <>
      <section class="hero">
        <PageHeading title={t("home.title")} />
        <p class="lead">{t("home.intro")}</p>
        {status !== "loading" && (
          <>
            <p>{t("home.invite")}</p>
            <div class="actions">
              <a class="button" href="/register">
                {t("home.joinCta")}
              </a>
              <a class="button button-secondary" href="/login">
                {t("home.loginCta")}
              </a>
            </div>
          </>
        )}
      </section>
      <AssociationsCallout signedIn={false} />
    </>
  );
}

/** Member associations: the directory, applying (after signing in) and the charter. */
function AssociationsCallout({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <section class="card callout home-associations" aria-labelledby="home-associations-title">
      <h2 id="home-associations-title">{t("home.associationsTitle")}</h2>
      {!signedIn && <p>{t("home.associationsBody")}</p>}
      <div class="actions">
        <a class="button" href="/associations">
          {t("home.directoryCta")}
        </a>
        <a class="button button-secondary" href={signedIn ? "/apply" : "/login?next=/apply"}>
          {t("home.applyCta")}
        </a>
        <a class="button-quiet" href="/charter">
          {t("home.charterCta")}
        </a>
      </div>
    </section>
  );
}
