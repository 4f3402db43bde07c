import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import {
  type AdminAssociationSummary,
  type AssociationStatus,
  associationStatuses,
} from "../../../../common/associations.js";
import { cityName } from "../../../../common/cities.js";
import { queryString } from "../../../api.js";
import { DataTable } from "../../../components/DataTable.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../../components/Pagination.js";
import { SelectField } from "../../../components/SelectField.js";
import { TextField } from "../../../components/TextField.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { TextDialogButton } from "../../admin/TextDialogButton.js";
import { associationHref, localName } from "../names.js";
import { StatusBadge } from "../StatusBadge.js";
import { fetchAllAssociations, reinstateAssociation, suspendAssociation } from "./api.js";
import { SettleDelegateButton } from "./SettleDelegateButton.js";
import "../../../components/forms.css";

const pageSize = 20;

/** Every association whatever its status; suspending and reinstating (never editing: art. 7). */
export function AssociationsAdmin() {
  const { t, locale } = useI18n();
  const { query, route } = useLocation();
  const status = (associationStatuses as readonly string[]).includes(query.status ?? "")
    ? (query.status as AssociationStatus)
    : undefined;
  const q = query.q ?? "";
  const page = pageFromQuery(query);
  const list = useResource(
    () => fetchAllAssociations({ status, q: q || undefined, page, pageSize }),
    [status, q, page],
  );
  const [filters, setFilters] = useState({ status: status ?? "", q });
  useEffect(() => setFilters({ status: status ?? "", q }), [status, q]);

  return (
    <div class="stack">
      <PageHeading title={t("admin.associations.title")} />
      <form
        class="filters card"
        aria-label={t("admin.associations.filters")}
        onSubmit={(event) => {
          event.preventDefault();
          route(`/admin/associations${queryString({ status: filters.status, q: filters.q.trim() })}`);
        }}
      >
        <div class="filters-grid">
          <TextField
            id="admin-q"
            type="search"
            label={t("directory.search")}
            autoComplete="off"
            value={filters.q}
            onValue={(value) => setFilters({ ...filters, q: value })}
          />
          <SelectField
            id="admin-status"
            label={t("common.status")}
            value={filters.status}
            options={[
              { value: "", label: t("directory.any") },
              ...associationStatuses.map((value) => ({ value, label: t(`associationStatus.${value}`) })),
            ]}
            onValue={(value) => setFilters({ ...filters, status: value })}
          />
        </div>
        <button type="submit" class="button">
          {t("directory.apply")}
        </button>
      </form>
      <LoadState resource={list}>
        {(data) => (
          <>
            <p role="status" class="result-count">
              {t("directory.count", { count: data.total })}
            </p>
            <DataTable
              label={t("admin.associations.title")}
              columns={[
                t("admin.queue.association"),
                t("association.city"),
                t("association.region"),
                t("common.status"),
                t("common.actions"),
              ]}
              rows={data.items}
              empty={<p class="empty">{t("admin.associations.empty")}</p>}
            >
              {(association) => (
                <tr key={association.id}>
                  <th scope="row">
                    <a href={associationHref(association.slug)}>
                      <bdi>{association.nameAr}</bdi>
                    </a>
                  </th>
                  <td>
                    <bdi>{cityName(association.city, locale)}</bdi>
                  </td>
                  <td>{localName(association.region, locale)}</td>
                  <td>
                    <StatusBadge kind="association" status={association.status} />
                  </td>
                  <td>
                    <div class="row-actions">
                      <StatusActions association={association} onChange={list.reload} />
                      {(association.status === "active" || association.status === "suspended") && (
                        <SettleDelegateButton association={association} onDone={list.reload} />
                      )}
                    </div>
                  </td>
                </tr>
              )}
            </DataTable>
            <Pagination list={data} hrefFor={(p) => `/admin/associations${queryString({ status, q, page: p })}`} />
          </>
        )}
      </LoadState>
    </div>
  );
}

/** End of the chosen day, where the admin is, as an instant. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

function StatusActions({ association, onChange }: { association: AdminAssociationSummary; onChange: () => void }) {
  const { t } = useI18n();
  const [until, setUntil] = useState("");
  const name = association.nameAr;
  if (association.abilities.suspend) {
    return (
      <TextDialogButton
        danger
        label={t("admin.suspend.action")}
        title={t("admin.suspend.title", { name })}
        body={<p>{t("admin.suspend.body")}</p>}
        fieldLabel={t("admin.suspend.reason")}
        fieldHint={t("admin.suspend.reasonHint")}
        required
        textPath="reason"
        dateField={{
          path: "until",
          label: t("admin.suspend.until"),
          hint: t("admin.suspend.untilHint"),
          value: until,
          onValue: setUntil,
        }}
        confirmLabel={t("admin.suspend.confirm")}
        action={(reason) => suspendAssociation(association.slug, { reason, until: until ? endOfDay(until) : null })}
        onDone={() => {
          setUntil("");
          onChange();
        }}
      />
    );
  }
  if (association.abilities.reinstate) {
    return (
      <TextDialogButton
        label={t("admin.reinstate.action")}
        title={t("admin.reinstate.title", { name })}
        body={<p>{t("admin.reinstate.body")}</p>}
        fieldLabel={t("admin.reinstate.note")}
        required={false}
        textPath="note"
        confirmLabel={t("admin.reinstate.confirm")}
        action={(note) => reinstateAssociation(association.slug, note)}
        onDone={onChange}
      />
    );
  }
  return <span class="muted">—</span>;
}
