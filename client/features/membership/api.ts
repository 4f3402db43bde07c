import type { ApplicationDetail, ApplicationDocument, ApplicationInput } from "../../../common/applications.js";
import type {
  AssociationManageView,
  AssociationMember,
  AssociationUpdateInput,
  Invitation,
  InvitationCreated,
  JoinRequest,
  JoinRequestStatus,
  MemberRole,
} from "../../../common/associations.js";
import type { DelegateOffice, DelegateRequestInput } from "../../../common/delegate.js";
import { api, queryString } from "../../api.js";

const ref = (value: string) => `/api/associations/${encodeURIComponent(value)}`;

/** Applying, answering the reviewers, and what representatives do for their association. */
export const postApplication = (input: ApplicationInput) => api.post<ApplicationDetail>("/api/applications", input);
export const fetchApplication = (id: string) => api.get<ApplicationDetail>(`/api/applications/${id}`);
export const uploadDocument = (id: string, file: File) =>
  api.upload<ApplicationDocument>("POST", `/api/applications/${id}/documents`, "file", file);
export const postResponse = (id: string, note: string) =>
  api.post<ApplicationDetail>(`/api/applications/${id}/response`, { note });

export const fetchManageView = (slug: string) => api.get<AssociationManageView>(`${ref(slug)}/manage`);
export const patchAssociation = (slug: string, input: AssociationUpdateInput) =>
  api.patch<AssociationManageView>(ref(slug), input);
export const putLogo = (slug: string, file: File) =>
  api.upload<{ logoUrl: string | null }>("PUT", `${ref(slug)}/logo`, "logo", file);
export const deleteLogo = (slug: string) => api.delete<{ logoUrl: string | null }>(`${ref(slug)}/logo`);
export const postWithdraw = (slug: string, note: string) =>
  api.post<AssociationManageView>(`${ref(slug)}/withdraw`, note ? { note } : {});
export const postCharterAcceptance = (slug: string, versionId: string) =>
  api.post<AssociationManageView>(`${ref(slug)}/charter-acceptances`, { versionId });

export const fetchMembers = (slug: string) => api.get<AssociationMember[]>(`${ref(slug)}/members`);
export const patchMemberRole = (slug: string, userId: string, role: MemberRole) =>
  api.patch<AssociationMember[]>(`${ref(slug)}/members/${userId}`, { role });
export const deleteMember = (slug: string, userId: string) => api.delete<unknown>(`${ref(slug)}/members/${userId}`);
export const putDelegate = (slug: string, userId: string) =>
  api.put<AssociationMember[]>(`${ref(slug)}/delegate`, { userId });
export const fetchDelegateOffice = (slug: string) => api.get<DelegateOffice>(`${ref(slug)}/delegate`);
export const postDelegateRequest = (slug: string, input: DelegateRequestInput) =>
  api.post<DelegateOffice>(`${ref(slug)}/delegate/requests`, input);
export const postDelegateObjection = (slug: string, id: string, reason: string) =>
  api.post<DelegateOffice>(`${ref(slug)}/delegate/requests/${id}/objection`, reason ? { reason } : {});
export const deleteDelegateRequest = (slug: string, id: string) =>
  api.delete<DelegateOffice>(`${ref(slug)}/delegate/requests/${id}`);

export const postInvitation = (slug: string, email: string) =>
  api.post<InvitationCreated>(`${ref(slug)}/invitations`, { email });
export const fetchInvitations = (slug: string) => api.get<Invitation[]>(`${ref(slug)}/invitations`);
export const deleteInvitation = (slug: string, id: string) => api.delete<unknown>(`${ref(slug)}/invitations/${id}`);

export const fetchJoinRequests = (slug: string, status?: JoinRequestStatus) =>
  api.get<JoinRequest[]>(`${ref(slug)}/join-requests${queryString({ status })}`);
export const decideJoinRequest = (slug: string, id: string, decision: "approve" | "reject") =>
  api.post<JoinRequest>(`${ref(slug)}/join-requests/${id}/${decision}`);
