import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { cityName } from "../../../common/cities.js";
import { regions } from "../../../common/reference.js";
import { queryString } from "../../api.js";
import { SelectField } from "../../components/SelectField.js";
import { TextField } from "../../components/TextField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchCities } from "./api.js";
import { localName } from "./names.js";
import { useFields } from "./reference.js";
import "../../components/forms.css";

export type DirectoryFilterValues = { q: string; region: string; city: string; field: string };

/** Name search and filters; applying them changes the address, so a filtered list can be shared. */
export function DirectoryFilters({ current }: { current: DirectoryFilterValues }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const [values, setValues] = useState(current);
  const fields = useFields();
  const cities = useResource(fetchCities, []);

  // Back and forward change the address: follow it.
  useEffect(() => setValues(current), [current.q, current.region, current.city, current.field]);

  const apply = (next: DirectoryFilterValues) => route(`/associations${queryString(next)}`);
  const any = t("directory.any");

  return (
    <form
      class="filters card"
      aria-label={t("directory.filtersLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        apply({ ...values, q: values.q.trim() });
      }}
    >
      <TextField
        id="directory-q"
        type="search"
        label={t("directory.search")}
        hint={t("directory.searchHint")}
        autoComplete="off"
        value={values.q}
        onValue={(q) => setValues({ ...values, q })}
      />
      <div class="filters-grid">
        <SelectField
          id="directory-region"
          label={t("association.region")}
          value={values.region}
          options={[{ value: "", label: any }, ...regions.map((r) => ({ value: r.code, label: localName(r, locale) }))]}
          onValue={(region) => setValues({ ...values, region })}
        />
        <SelectField
          id="directory-city"
          label={t("association.city")}
          value={values.city}
          options={[
            { value: "", label: any },
            ...(cities.data ?? []).map((city) => ({ value: city, label: cityName(city, locale) })),
          ]}
          onValue={(city) => setValues({ ...values, city })}
        />
        <SelectField
          id="directory-field"
          label={t("association.field")}
          value={values.field}
          options={[{ value: "", label: any }, ...fields.map((f) => ({ value: f.code, label: localName(f, locale) }))]}
          onValue={(field) => setValues({ ...values, field })}
        />
      </div>
      <div class="form-footer">
        <button type="submit" class="button">
          {t("directory.apply")}
        </button>
        <button
          type="button"
          class="button-quiet"
          onClick={() => apply({ q: "", region: "", city: "", field: "" })}
          disabled={!current.q && !current.region && !current.city && !current.field}
        >
          {t("directory.reset")}
        </button>
      </div>
    </form>
  );
}
