import type { AssociationPage } from "../../../common/associations.js";
import { cityName } from "../../../common/cities.js";
import { useI18n } from "../../i18n/index.js";
import { FieldTags } from "./FieldTags.js";
import { localName } from "./names.js";

/** Place, founding year, fields and contact: the facts every view of an association shows. */
export function ProfileFacts({ association }: { association: AssociationPage }) {
  const { t, locale, formatDate } = useI18n();
  const { contact } = association;
  return (
    <dl class="facts">
      <div>
        <dt>{t("association.city")}</dt>
        <dd>
          <bdi>{cityName(association.city, locale)}</bdi>
        </dd>
      </div>
      <div>
        <dt>{t("association.region")}</dt>
        <dd>{localName(association.region, locale)}</dd>
      </div>
      {association.foundedYear !== null && (
        <div>
          <dt>{t("association.foundedYear")}</dt>
          <dd>{association.foundedYear}</dd>
        </div>
      )}
      {association.memberSince && (
        <div>
          <dt>{t("association.memberSince")}</dt>
          <dd>
            <time dateTime={association.memberSince}>{formatDate(association.memberSince)}</time>
          </dd>
        </div>
      )}
      <div>
        <dt>{t("association.fields")}</dt>
        <dd>
          <FieldTags fields={association.fields} label={t("association.fields")} />
        </dd>
      </div>
      {contact.email && (
        <div>
          <dt>{t("association.contactEmail")}</dt>
          <dd>
            <a href={`mailto:${contact.email}`} dir="ltr">
              {contact.email}
            </a>
          </dd>
        </div>
      )}
      {contact.phone && (
        <div>
          <dt>{t("association.contactPhone")}</dt>
          <dd>
            <bdi dir="ltr">{contact.phone}</bdi>
          </dd>
        </div>
      )}
      {contact.website && (
        <div>
          <dt>{t("association.website")}</dt>
          <dd>
            <a href={contact.website} dir="ltr" rel="noopener noreferrer nofollow ugc" target="_blank">
              {contact.website}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
