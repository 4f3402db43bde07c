import "../../i18n/membership.js";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ApplicationDetail } from "../../../common/applications.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Redirect } from "../../components/Redirect.js";
import { useResource } from "../../components/useResource.js";
import { intlLocale } from "../../i18n/format.js";
import { useI18n } from "../../i18n/index.js";
import { fetchCharter } from "../associations/api.js";
import { manageHref } from "../associations/names.js";
import { useSession } from "../auth/session.js";
import { ApplicationForm } from "./ApplicationForm.js";
import { DocumentsPanel } from "./DocumentsPanel.js";

/** Apply for membership on behalf of an association, then attach supporting documents. */
export function ApplyPage() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const charter = useResource(fetchCharter, []);
  const [created, setCreated] = useState<{ detail: ApplicationDetail; failed: string[] } | null>(null);

  if (status === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/apply" />;

  return (
    <div class="stack readable">
      <PageHeading title={t("apply.title")} />
      {created ? (
        <Submitted detail={created.detail} failed={created.failed} />
      ) : (
        <>
          <p class="lead">{t("apply.intro")}</p>
          <LoadState resource={charter}>
            {(current) =>
              current.charter ? (
                <ApplicationForm
                  charter={{ ...current, charter: current.charter }}
                  onCreated={(detail, failed) => setCreated({ detail, failed })}
                />
              ) : (
                <p class="notice notice-warning">{t("apply.noCharter")}</p>
              )
            }
          </LoadState>
        </>
      )}
    </div>
  );
}

/** The application is in: say so, and offer to attach the supporting documents now. */
function Submitted({ detail, failed }: { detail: ApplicationDetail; failed: string[] }) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, []);
  return (
    <>
      <div class="notice notice-success" role="status" tabIndex={-1} ref={ref}>
        <p>
          <strong>{t("apply.submitted", { name: detail.association.nameAr })}</strong>
        </p>
        <p>{t("apply.submittedNext")}</p>
      </div>
      {failed.length > 0 && (
        <p class="notice notice-warning" role="alert">
          {t("apply.documentsFailed", {
            names: new Intl.ListFormat(intlLocale(locale), { type: "unit" }).format(failed),
          })}
        </p>
      )}
      <section class="card" aria-labelledby="documents-title">
        <h2 id="documents-title">{t("documents.title")}</h2>
        <p class="muted">{t("documents.intro")}</p>
        <DocumentsPanel applicationId={detail.id} documents={detail.documents} canUpload />
      </section>
      <p>
        <a class="button" href={manageHref(detail.association.slug)}>
          {t("apply.followUp")}
        </a>
      </p>
    </>
  );
}
