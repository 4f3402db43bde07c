import type { Paginated, Role } from "../../../common/api.js";
import type { ApplicationDetail, ApplicationQueue, ApplicationStatus } from "../../../common/applications.js";
import type {
  AdminAssociationSummary,
  AssociationManageView,
  AssociationMember,
  AssociationStatus,
  SuspendInput,
} from "../../../common/associations.js";
import type { AuditEntry } from "../../../common/audit.js";
import type {
  CharterKind,
  CharterVersion,
  CharterVersionSummary,
  PublishCharterInput,
} from "../../../common/charter.js";
import type {
  ElectorateSnapshot,
  ElectorateSnapshotSummary,
  FreezeElectorateInput,
} from "../../../common/electorate.js";
import type { AdminUserView } from "../../../common/platform-roles.js";
import type { FieldCreateInput, FieldOfAction, FieldUpdateInput } from "../../../common/reference.js";
import { api, queryString } from "../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls (`/api/admin/*`). */
export const fetchQueue = (query: { status?: ApplicationStatus; page?: number; pageSize?: number }) =>
  api.get<ApplicationQueue>(`/api/admin/applications${queryString(query)}`);
export const fetchReview = (id: string) => api.get<ApplicationDetail>(`/api/admin/applications/${enc(id)}`);
export const approveApplication = (id: string, note: string) =>
  api.post<ApplicationDetail>(`/api/admin/applications/${enc(id)}/approve`, note ? { note } : {});
export const rejectApplication = (id: string, reason: string) =>
  api.post<ApplicationDetail>(`/api/admin/applications/${enc(id)}/reject`, { reason });
export const requestInformation = (id: string, note: string) =>
  api.post<ApplicationDetail>(`/api/admin/applications/${enc(id)}/request-info`, { note });

export const fetchAllAssociations = (query: {
  status?: AssociationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}) => api.get<Paginated<AdminAssociationSummary>>(`/api/admin/associations${queryString(query)}`);
export const suspendAssociation = (slug: string, input: SuspendInput) =>
  api.post<AssociationManageView>(`/api/admin/associations/${enc(slug)}/suspend`, input);
export const reinstateAssociation = (slug: string, note: string) =>
  api.post<AssociationManageView>(`/api/admin/associations/${enc(slug)}/reinstate`, note ? { note } : {});

export const fetchAllFields = () => api.get<FieldOfAction[]>("/api/reference/fields?all=1");
export const createField = (input: FieldCreateInput) => api.post<FieldOfAction>("/api/admin/fields", input);
export const updateField = (id: string, input: FieldUpdateInput) =>
  api.patch<FieldOfAction>(`/api/admin/fields/${enc(id)}`, input);
export const deleteField = (id: string) => api.delete<{ ok: true }>(`/api/admin/fields/${enc(id)}`);

export const fetchVersions = (kind: CharterKind) =>
  api.get<CharterVersionSummary[]>(`/api/charter/versions${queryString({ kind })}`);
export const fetchVersion = (id: string) => api.get<CharterVersion>(`/api/charter/versions/${enc(id)}`);
export const publishVersion = (input: PublishCharterInput) =>
  api.post<CharterVersion>("/api/admin/charter/versions", input);

export const fetchSnapshots = () => api.get<ElectorateSnapshotSummary[]>("/api/admin/electorate/snapshots");
export const fetchSnapshot = (id: string) => api.get<ElectorateSnapshot>(`/api/admin/electorate/snapshots/${enc(id)}`);
export const freezeSnapshot = (input: FreezeElectorateInput) =>
  api.post<ElectorateSnapshot>("/api/admin/electorate/snapshots", input);

export const fetchAudit = (query: { page?: number; pageSize?: number; action?: string; associationId?: string }) =>
  api.get<Paginated<AuditEntry>>(`/api/admin/audit${queryString(query)}`);

export const fetchUsers = (query: { q?: string; role?: Role; page?: number; pageSize?: number }) =>
  api.get<Paginated<AdminUserView>>(`/api/admin/users${queryString(query)}`);
export const putUserRole = (id: string, role: Role) =>
  api.put<AdminUserView>(`/api/admin/users/${enc(id)}/role`, { role });
export const fetchRepresentatives = (slug: string) =>
  api
    .get<AssociationMember[]>(`/api/associations/${enc(slug)}/members`)
    .then((members) => members.filter((m) => m.role === "representative"));
export const settleDelegate = (slug: string, userId: string, reason: string) =>
  api.put<AssociationMember[]>(`/api/admin/associations/${enc(slug)}/delegate`, { userId, reason });
