import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { OnlineList } from "../presence/OnlineList.js";
import "./home.css";

export function HomePage() {
  const { t } = useI18n();
  const { status, user } = useSession();

  return (
    <>
      <section class="hero">
        <PageHeading title={t("home.title")} />
        <p class="lead">{t("home.intro")}</p>
        {status !== "loading" && !user && (
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
        {user && <p>{t("home.greeting", { name: user.name })}</p>}
      </section>
      <section class="card callout home-associations" aria-labelledby="home-associations-title">
        <h2 id="home-associations-title">{t("home.associationsTitle")}</h2>
        <p>{t("home.associationsBody")}</p>
        <div class="actions">
          <a class="button" href="/associations">
            {t("home.directoryCta")}
          </a>
          <a class="button button-secondary" href={user ? "/apply" : "/login?next=/apply"}>
            {t("home.applyCta")}
          </a>
          <a class="button-quiet" href="/charter">
            {t("home.charterCta")}
          </a>
        </div>
      </section>
      {user && <OnlineList currentUserId={user.id} />}
    </>
  );
}
