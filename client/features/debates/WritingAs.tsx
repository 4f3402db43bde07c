import type { MyAssociation } from "../../../common/associations.js";
import { SelectField } from "../../components/SelectField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchMyAssociations } from "../associations/api.js";
import { associationName } from "./names.js";

/** The associations the person represents: they may write for one of them, or personally. */
export function useRepresented(signedIn: boolean) {
  return useResource(
    () =>
      signedIn
        ? fetchMyAssociations().then((list: MyAssociation[]) => list.filter((item) => item.role === "representative"))
        : Promise.resolve([] as MyAssociation[]),
    [signedIn],
  );
}

type Props = {
  id: string;
  represented: MyAssociation[];
  value: string;
  onValue: (value: string) => void;
};

/** «تكتب: باسمك الشخصي / باسم جمعية …»; nothing when the person represents no association. */
export function WritingAs({ id, represented, value, onValue }: Props) {
  const { t, locale } = useI18n();
  if (represented.length === 0) return null;
  return (
    <SelectField
      id={id}
      label={t("compose.as")}
      value={value}
      onValue={onValue}
      options={[
        { value: "", label: t("compose.personal") },
        ...represented.map(({ association }) => ({
          value: association.id,
          label: t("compose.forAssociation", { association: associationName(association, locale) }),
        })),
      ]}
    />
  );
}
