import { useLocation } from "preact-iso";
import type { AuditAction, AuditEntry } from "../../../common/associations.js";
import { queryString } from "../../api.js";
import { DataTable } from "../../components/DataTable.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { SelectField } from "../../components/SelectField.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchAudit } from "./api.js";

const pageSize = 25;

export const auditActions: AuditAction[] = [
  "application.submitted",
  "application.info_requested",
  "application.responded",
  "application.approved",
  "application.rejected",
  "association.suspended",
  "association.reinstated",
  "association.withdrawn",
  "association.charter_accepted",
  "member.joined",
  "member.removed",
  "member.role_changed",
  "member.delegate_changed",
  "join_request.approved",
  "join_request.rejected",
  "invitation.created",
  "invitation.revoked",
  "user.role_changed",
  "charter.published",
  "field.created",
  "field.updated",
  "field.deleted",
  "electorate.frozen",
];

const isAction = (value: string | undefined): value is AuditAction => auditActions.includes(value as AuditAction);

/** The audit log: every membership decision and role change, newest first, filtered by action. */
export function AuditLog() {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const action = isAction(query.action) ? query.action : undefined;
  const page = pageFromQuery(query);
  const log = useResource(() => fetchAudit({ action, page, pageSize }), [action, page]);

  return (
    <div class="stack">
      <PageHeading title={t("admin.audit.title")} />
      <p class="muted">{t("admin.audit.intro")}</p>
      <div class="filters card">
        <SelectField
          id="audit-action"
          label={t("admin.audit.action")}
          value={action ?? ""}
          options={[
            { value: "", label: t("admin.audit.allActions") },
            ...auditActions.map((value) => ({ value, label: t(`audit.${value}`) })),
          ]}
          onValue={(value) => route(`/admin/audit${queryString({ action: value })}`)}
        />
      </div>
      <LoadState resource={log}>
        {(data) => (
          <>
            <DataTable
              label={t("admin.audit.title")}
              columns={[
                t("admin.audit.when"),
                t("admin.audit.who"),
                t("admin.audit.action"),
                t("admin.audit.target"),
                t("admin.audit.details"),
              ]}
              rows={data.items}
              empty={<p class="empty">{t("admin.audit.empty")}</p>}
            >
              {(entry) => <AuditRow key={entry.id} entry={entry} />}
            </DataTable>
            <Pagination list={data} hrefFor={(p) => `/admin/audit${queryString({ action, page: p })}`} />
          </>
        )}
      </LoadState>
    </div>
  );
}

/** A short, readable form of a value recorded with an entry. */
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, formatDate } = useI18n();
  const details = Object.entries(entry.data);
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.at}>{formatDate(entry.at, "dayAndTime")}</time>
      </th>
      <td>{entry.actor ? <bdi>{entry.actor.name}</bdi> : <span class="muted">{t("admin.audit.system")}</span>}</td>
      <td>{isAction(entry.action) ? t(`audit.${entry.action}`) : entry.action}</td>
      <td>
        <bdi dir="ltr" class="code-like">
          {entry.targetType} · {entry.targetId.slice(0, 8)}
        </bdi>
      </td>
      <td>
        {details.length === 0 ? (
          <span class="muted">—</span>
        ) : (
          <dl class="inline-facts">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt dir="ltr">{key}</dt>
                <dd dir="auto">{show(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}
