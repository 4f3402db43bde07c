import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchCharter } from "../associations/api.js";
import { CharterDocument } from "./CharterDocument.js";

/** «الميثاق»: the charter and the internal rules in force. */
export function CharterPage() {
  const { t } = useI18n();
  const charter = useResource(fetchCharter, []);
  return (
    <div class="stack readable">
      <PageHeading title={t("charter.title")} />
      <p class="lead">{t("charter.intro")}</p>
      <LoadState resource={charter}>
        {({ charter: current, internalRules }) =>
          !current && !internalRules ? (
            <p class="empty">{t("charter.none")}</p>
          ) : (
            <>
              {current && <CharterDocument version={current} />}
              {internalRules && <CharterDocument version={internalRules} />}
            </>
          )
        }
      </LoadState>
    </div>
  );
}
