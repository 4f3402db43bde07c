import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { PasswordForm } from "./PasswordForm.js";
import { ProfileForm } from "./ProfileForm.js";

export function ProfilePage() {
  const { t, formatDate } = useI18n();
  const { status, user } = useSession();

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login" />;

  return (
    <div class="narrow stack">
      <PageHeading title={t("profile.title")} />
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">{t("profile.account")}</h2>
        <dl class="facts">
          <div>
            <dt>{t("profile.email")}</dt>
            <dd>
              <bdi>{user.email}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t("profile.role")}</dt>
            <dd>
              <span class={`badge badge-${user.role}`}>{t(`role.${user.role}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t("profile.memberSince")}</dt>
            <dd>
              <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
            </dd>
          </div>
        </dl>
      </section>
      <ProfileForm user={user} />
      <PasswordForm email={user.email} />
    </div>
  );
}
