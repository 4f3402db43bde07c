import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Role } from "../../../../common/api.js";
import type { AdminUserView } from "../../../../common/platform-roles.js";
import { queryString } from "../../../api.js";
import { DataTable } from "../../../components/DataTable.js";
import { FormDialog, useFormDialog } from "../../../components/FormDialog.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../../components/Pagination.js";
import { SelectField } from "../../../components/SelectField.js";
import { TextField } from "../../../components/TextField.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { useSession } from "../../auth/session.js";
import { fetchUsers, putUserRole } from "./api.js";
import "../../../components/forms.css";

const roles: Role[] = ["member", "moderator", "admin"];
const pageSize = 20;
const isRole = (value: string | undefined): value is Role => roles.includes(value as Role);

/** Accounts and their platform role (admin, moderator, member); every change is audited. */
export function AccountsAdmin() {
  const { t, formatDate } = useI18n();
  const { query, route } = useLocation();
  const { user } = useSession();
  const role = isRole(query.role) ? query.role : undefined;
  const q = query.q ?? "";
  const page = pageFromQuery(query);
  const users = useResource(() => fetchUsers({ q: q || undefined, role, page, pageSize }), [q, role, page]);
  const [filters, setFilters] = useState({ q, role: role ?? "" });
  useEffect(() => setFilters({ q, role: role ?? "" }), [q, role]);

  return (
    <div class="stack">
      <PageHeading title={t("admin.accounts.title")} />
      <p class="muted">{t("admin.accounts.intro")}</p>
      <form
        class="filters card"
        aria-label={t("admin.accounts.filters")}
        onSubmit={(event) => {
          event.preventDefault();
          route(`/admin/accounts${queryString({ q: filters.q.trim(), role: filters.role })}`);
        }}
      >
        <div class="filters-grid">
          <TextField
            id="accounts-q"
            type="search"
            label={t("admin.accounts.search")}
            autoComplete="off"
            value={filters.q}
            onValue={(value) => setFilters({ ...filters, q: value })}
          />
          <SelectField
            id="accounts-role"
            label={t("profile.role")}
            value={filters.role}
            options={[
              { value: "", label: t("directory.any") },
              ...roles.map((r) => ({ value: r, label: t(`role.${r}`) })),
            ]}
            onValue={(value) => setFilters({ ...filters, role: value })}
          />
        </div>
        <button type="submit" class="button">
          {t("directory.apply")}
        </button>
      </form>
      <LoadState resource={users}>
        {(data) => (
          <>
            <DataTable
              label={t("admin.accounts.title")}
              columns={[
                t("members.name"),
                t("members.email"),
                t("admin.accounts.created"),
                t("profile.role"),
                t("common.actions"),
              ]}
              rows={data.items}
              empty={<p class="empty">{t("admin.accounts.empty")}</p>}
            >
              {(account) => (
                <tr key={account.id}>
                  <th scope="row">
                    <bdi>{account.name}</bdi>
                  </th>
                  <td>
                    <bdi>{account.email}</bdi>
                  </td>
                  <td>
                    <time dateTime={account.createdAt}>{formatDate(account.createdAt)}</time>
                  </td>
                  <td>
                    <span class={`badge badge-${account.role}`}>{t(`role.${account.role}`)}</span>
                  </td>
                  <td>
                    <RoleButton account={account} self={account.id === user?.id} onDone={users.reload} />
                  </td>
                </tr>
              )}
            </DataTable>
            <Pagination list={data} hrefFor={(p) => `/admin/accounts${queryString({ q, role, page: p })}`} />
          </>
        )}
      </LoadState>
    </div>
  );
}

function RoleButton({ account, self, onDone }: { account: AdminUserView; self: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const dialog = useFormDialog();
  const [role, setRole] = useState<Role>(account.role);
  const submit = async () => {
    if (role === account.role) return dialog.close();
    if (await dialog.submit(() => putUserRole(account.id, role))) onDone();
  };
  return (
    <>
      <button
        type="button"
        class="button-quiet"
        onClick={() => {
          setRole(account.role);
          dialog.show();
        }}
        aria-label={t("admin.accounts.changeOf", { name: account.name })}
      >
        {t("admin.accounts.change")}
      </button>
      <FormDialog
        dialog={dialog}
        title={t("admin.accounts.changeTitle", { name: account.name })}
        submitLabel={t("admin.accounts.save")}
        onSubmit={submit}
      >
        <SelectField
          id={`role-${account.id}`}
          label={t("profile.role")}
          value={role}
          options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
          onValue={setRole}
        />
        <p class="muted">{t("admin.accounts.changeHint")}</p>
        {self && role !== "admin" && <p class="notice notice-warning">{t("admin.accounts.selfWarning")}</p>}
      </FormDialog>
    </>
  );
}
