import "../../i18n/assemblies.js";
import "./assemblies.css";
import type { AssemblyDetail } from "../../../common/assemblies.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useI18n } from "../../i18n/index.js";
import { checkIn } from "./api.js";
import { AssociationName, ErrorNotice, QuorumView, useAction, useAssembly } from "./shared.js";

/** `/assemblies/:id/desk`: the moderators check representatives in as they arrive; the quorum follows. */
export function DeskPage({ id }: { id: string }) {
  const { t } = useI18n();
  const assembly = useAssembly(id);
  const { run, error, busy } = useAction(assembly);
  return (
    <LoadState resource={assembly}>
      {(data: AssemblyDetail) => {
        const rows = new Map(data.attendance.map((row) => [row.association.id, row]));
        return (
          <div class="stack">
            <PageHeading title={t("assemblies.desk")} />
            <p>
              <a href={`/assemblies/${id}`}>
                <bdi>{data.title}</bdi>
              </a>
            </p>
            <p class="muted">{t("assemblies.deskIntro")}</p>
            <QuorumView quorum={data.quorum} />
            <ErrorNotice message={error} />
            <ul class="assembly-list">
              {data.candidates.map((association) => {
                const row = rows.get(association.id);
                const state = row?.checkedInAt
                  ? t("assemblies.checkedIn")
                  : row?.givenTo
                    ? t("assemblies.givenTo", { name: row.givenTo.nameAr })
                    : row?.registeredAt
                      ? t("assemblies.registered")
                      : t("assemblies.notYet");
                return (
                  <li key={association.id} class="card assembly-desk-row">
                    <span>
                      <AssociationName association={association} />
                      <span class="muted"> · {state}</span>
                    </span>
                    {data.abilities.attendanceDesk && !row?.checkedInAt && !row?.givenTo && (
                      <button
                        type="button"
                        class="button-quiet"
                        disabled={busy}
                        onClick={() => run(() => checkIn(id, association.id))}
                      >
                        {t("assemblies.checkIn")}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      }}
    </LoadState>
  );
}
