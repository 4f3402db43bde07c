import type { Paginated } from "../../../common/api.js";
import type {
  AssociationPageView,
  AssociationSummary,
  DirectoryQuery,
  InvitationPreview,
  JoinRequest,
  MyAssociation,
} from "../../../common/associations.js";
import type { CurrentCharter } from "../../../common/charter.js";
import type { FieldOfAction } from "../../../common/reference.js";
import { api, queryString } from "../../api.js";

/** The public side of member associations: directory, pages, reference data, charter, invitations. */
export const fetchDirectory = (query: DirectoryQuery) =>
  api.get<Paginated<AssociationSummary>>(`/api/associations${queryString(query)}`);
export const fetchAssociation = (ref: string) =>
  api.get<AssociationPageView>(`/api/associations/${encodeURIComponent(ref)}`);
export const fetchFields = (all = false) => api.get<FieldOfAction[]>(`/api/reference/fields${all ? "?all=1" : ""}`);
export const fetchCities = () => api.get<string[]>("/api/reference/cities");
/** The forum's rules that screens explain: how many representatives an association may name. */
export const fetchRules = () => api.get<{ maxRepresentatives: number }>("/api/reference/rules");
export const fetchCharter = () => api.get<CurrentCharter>("/api/charter");
export const fetchMyAssociations = () => api.get<MyAssociation[]>("/api/me/associations");
export const fetchInvitation = (token: string) =>
  api.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`);
export const acceptInvitation = (token: string) =>
  api.post<MyAssociation>(`/api/invitations/${encodeURIComponent(token)}/accept`);
export const postJoinRequest = (ref: string, message: string) =>
  api.post<JoinRequest>(`/api/associations/${encodeURIComponent(ref)}/join-requests`, message ? { message } : {});
