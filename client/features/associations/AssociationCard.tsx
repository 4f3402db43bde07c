import type { AssociationSummary } from "../../../common/associations.js";
import { cityName } from "../../../common/cities.js";
import { useI18n } from "../../i18n/index.js";
import { FieldTags } from "./FieldTags.js";
import { Logo } from "./Logo.js";
import { associationHref, localName } from "./names.js";
import "./associations.css";

/** One line of the directory: logo, names, place and fields; the name links to its page. */
export function AssociationCard({ association }: { association: AssociationSummary }) {
  const { t, locale } = useI18n();
  return (
    <article class="association-card">
      <Logo url={association.logoUrl} name={association.nameAr} />
      <div class="association-card-body">
        <h2 class="association-card-title">
          <a class="card-link" href={associationHref(association.slug)}>
            <bdi>{association.nameAr}</bdi>
          </a>
        </h2>
        {association.nameFr && (
          <p class="name-fr">
            <bdi lang="fr">{association.nameFr}</bdi>
          </p>
        )}
        <p class="muted place">
          <bdi>{cityName(association.city, locale)}</bdi> · {localName(association.region, locale)}
        </p>
        <FieldTags fields={association.fields} label={t("association.fields")} />
      </div>
    </article>
  );
}
