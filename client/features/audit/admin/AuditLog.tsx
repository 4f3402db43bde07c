import { useLocation } from "preact-iso";
import { type AuditAction, type AuditEntry, auditActions } from "../../../../common/audit.js";
import { queryString } from "../../../api.js";
import { DataTable } from "../../../components/DataTable.js";
import { LoadState } from "../../../components/LoadState.js";
import { PageHeading } from "../../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../../components/Pagination.js";
import { SelectField } from "../../../components/SelectField.js";
import { Sentence } from "../../../components/Sentence.js";
import { useResource } from "../../../components/useResource.js";
import { useI18n } from "../../../i18n/index.js";
import { associationHref, localName } from "../../associations/names.js";
import { fetchAudit } from "./api.js";
import "../../../components/forms.css";
import "../../admin/admin.css";

const pageSize = 25;

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
              columns={[t("admin.audit.when"), t("admin.audit.what"), t("admin.audit.details")]}
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

/** Recorded values that the sentence already says (names, ids, addresses): not repeated in the details. */
const shownInSentence = new Set([
  "slug",
  "acceptedVersionIds",
  "userId",
  "invitationId",
  "versionId",
  "email",
  "label",
  "title",
  "nameAr",
  "nameFr",
  "id",
]);

/** The keys whose values are labelled in the details; anything else recorded is left out of the view. */
const detailKeys = [
  "reason",
  "note",
  "until",
  "from",
  "to",
  "role",
  "left",
  "via",
  "kind",
  "version",
  "at",
  "associations",
  "code",
  "active",
  "french",
] as const;
type DetailKey = (typeof detailKeys)[number];
const isDetailKey = (key: string): key is DetailKey => (detailKeys as readonly string[]).includes(key);

/** The link and name of what an entry acted on. */
function SubjectName({ subject }: { subject: NonNullable<AuditEntry["subject"]> }) {
  const { locale } = useI18n();
  switch (subject.kind) {
    case "field":
      return <>«{localName({ nameAr: subject.name, nameFr: subject.nameFr ?? subject.name }, locale)}»</>;
    case "charter_version":
      return <a href="/admin/charter">«{subject.name}»</a>;
    case "electorate_snapshot":
      return <a href={`/admin/electorate/${subject.id}`}>«{subject.name}»</a>;
    case "proposal":
      return <a href={`/proposals/${subject.id}`}>«{subject.name}»</a>;
    case "vote":
      return <a href={`/votes/${subject.id}`}>«{subject.name}»</a>;
    case "session":
      return <a href={`/sessions/${subject.id}`}>«{subject.name}»</a>;
    case "assembly":
      return <a href={`/assemblies/${subject.id}`}>«{subject.name}»</a>;
    case "programme":
      return <a href={`/programmes/${subject.id}`}>«{subject.name}»</a>;
    case "decision":
      return (
        <a href={`/decisions/${subject.name}`}>
          <bdi dir="ltr">{subject.name}</bdi>
        </a>
      );
    case "email":
      return <span dir="ltr">{subject.name}</span>;
    case "debate":
      return <a href={`/debates/${subject.id}`}>«{subject.name}»</a>;
    default:
      return <>{subject.name}</>;
  }
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, locale, formatDate } = useI18n();
  const action = isAction(entry.action) ? entry.action : null;
  const association = entry.association;
  const slots = {
    actor: entry.actor ? entry.actor.name : t("admin.audit.system"),
    association: association ? (
      <a href={associationHref(association.slug)}>
        «{locale === "fr" && association.nameFr ? association.nameFr : association.nameAr}»
      </a>
    ) : (
      t("admin.audit.unknownAssociation")
    ),
    subject: entry.subject ? <SubjectName subject={entry.subject} /> : "—",
    application: <a href={`/admin/applications/${entry.targetId}`}>{t("admin.audit.applicationLink")}</a>,
  };
  const details = auditDetails(entry, t, formatDate);
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.at}>{formatDate(entry.at, "dayAndTime")}</time>
      </th>
      <td>{action ? <Sentence template={t(`auditSentence.${action}`)} slots={slots} /> : entry.action}</td>
      <td>
        {details.length === 0 ? (
          <span class="muted">—</span>
        ) : (
          <dl class="inline-facts">
            {details.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd dir="auto">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}

type Translate = ReturnType<typeof useI18n>["t"];
type FormatDate = ReturnType<typeof useI18n>["formatDate"];

/** The recorded values as labelled, readable pairs: roles and kinds named, dates written, people by name. */
export function auditDetails(entry: AuditEntry, t: Translate, formatDate: FormatDate): [string, string][] {
  const role = (value: unknown): string => {
    if (typeof value !== "string") return t("admin.audit.none");
    if (entry.people[value]) return entry.people[value];
    if (entry.action === "user.role_changed" && ["admin", "moderator", "member"].includes(value)) {
      return t(`role.${value as "admin"}`);
    }
    if (value === "member" || value === "representative") return t(`memberRole.${value}`);
    return value;
  };
  const show = (key: DetailKey, value: unknown): string => {
    if (value === null || value === undefined || value === "") {
      return key === "until" ? t("admin.audit.indefinitely") : t("admin.audit.none");
    }
    switch (key) {
      case "from":
      case "to":
      case "role":
        return role(value);
      case "until":
      case "at":
        return formatDate(String(value), "dayAndTime");
      case "left":
      case "active":
      case "french":
        return value ? t("admin.audit.yes") : t("admin.audit.no");
      case "kind":
        return value === "charter" || value === "internal_rules" ? t(`charterKind.${value}`) : String(value);
      case "via":
        return value === "invitation" ? t("admin.audit.viaInvitation") : String(value);
      default:
        return typeof value === "object" ? JSON.stringify(value) : String(value);
    }
  };
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(entry.data)) {
    if (shownInSentence.has(key)) continue;
    if ((key === "before" || key === "after") && value && typeof value === "object") continue;
    if (isDetailKey(key)) pairs.push([t(`auditDetail.${key}`), show(key, value)]);
  }
  // A field's change: each attribute that changed, before → after.
  const before = entry.data.before as Record<string, unknown> | undefined;
  const after = entry.data.after as Record<string, unknown> | undefined;
  if (before && after && typeof before === "object" && typeof after === "object") {
    for (const key of ["nameAr", "nameFr", "active"] as const) {
      if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
      const shown = (value: unknown) =>
        typeof value === "boolean" ? (value ? t("admin.audit.yes") : t("admin.audit.no")) : String(value ?? "—");
      pairs.push([
        t(`auditDetail.field.${key}`),
        t("auditDetail.change", { before: shown(before[key]), after: shown(after[key]) }),
      ]);
    }
  }
  return pairs;
}
