import "../../i18n/assemblies.js";
import "./assemblies.css";
import type { AssemblyList } from "../../../common/assemblies.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { type MessageKey, useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { fetchAssemblies } from "./api.js";
import { StatusBadge } from "./shared.js";

/** `/assemblies`: every assembly convened (and, for moderators, the drafts), newest date first. */
export function AssembliesPage() {
  const { t, formatDate } = useI18n();
  const { user } = useSession();
  const list = useResource(fetchAssemblies, [user?.id]);
  return (
    <div class="stack">
      <PageHeading title={t("assemblies.heading")} />
      <p>{t("assemblies.intro")}</p>
      <LoadState resource={list}>
        {(data: AssemblyList) => (
          <>
            {data.abilities.create && (
              <p>
                <a class="button" href="/assemblies/new">
                  {t("assemblies.new")}
                </a>
              </p>
            )}
            {data.items.length === 0 ? (
              <p class="muted">{t("assemblies.none")}</p>
            ) : (
              <ul class="assembly-cards">
                {data.items.map((assembly) => (
                  <li key={assembly.id} class="card stack">
                    <a href={`/assemblies/${assembly.id}`}>
                      <bdi>{assembly.title}</bdi>
                    </a>
                    <p class="assembly-meta muted">
                      <span>{t(`assemblies.kind.${assembly.kind}` as MessageKey)}</span>
                      <time dateTime={assembly.scheduledAt}>{formatDate(assembly.scheduledAt, "dayAndTime")}</time>
                      <StatusBadge status={assembly.status} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
