import "../../i18n/debates.js";
import { LoadState } from "../../components/LoadState.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchDebates } from "./api.js";
import { DebateList } from "./DebateList.js";
import "./debates.css";

/** On an association's public page: the latest debates opened in its name. */
export function AssociationDebates({ associationId }: { associationId: string }) {
  const { t } = useI18n();
  const list = useResource(
    () => fetchDebates({ association: associationId, sort: "newest", pageSize: 5 }),
    [associationId],
  );
  return (
    <section class="card" aria-labelledby="association-debates-title">
      <h2 id="association-debates-title">{t("associationDebates.title")}</h2>
      <LoadState resource={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="muted">{t("associationDebates.empty")}</p>
          ) : (
            <DebateList items={page.items} label={t("associationDebates.title")} />
          )
        }
      </LoadState>
    </section>
  );
}
