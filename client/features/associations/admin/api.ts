import type { Paginated } from "../../../../common/api.js";
import type { ApplicationDetail, ApplicationQueue, ApplicationStatus } from "../../../../common/applications.js";
import type {
  AdminAssociationSummary,
  AssociationManageView,
  AssociationMember,
  AssociationStatus,
  SuspendInput,
} from "../../../../common/associations.js";
import { api, queryString } from "../../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls about membership applications and associations (`/api/admin/*`). */
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

export const fetchRepresentatives = (slug: string) =>
  api
    .get<AssociationMember[]>(`/api/associations/${enc(slug)}/members`)
    .then((members) => members.filter((m) => m.role === "representative"));
export const settleDelegate = (slug: string, userId: string, reason: string) =>
  api.put<AssociationMember[]>(`/api/admin/associations/${enc(slug)}/delegate`, { userId, reason });
