import type { AssemblyDetail, AssemblyInput, AssemblyList, ProxyInput } from "../../../common/assemblies.js";
import { api, apiRequest } from "../../api.js";

const base = (id: string) => `/api/assemblies/${encodeURIComponent(id)}`;

export const fetchAssemblies = () => api.get<AssemblyList>("/api/assemblies");
export const fetchAssembly = (id: string) => api.get<AssemblyDetail>(base(id));
export const createAssembly = (input: AssemblyInput) => api.post<AssemblyDetail>("/api/assemblies", input);
export const updateAssembly = (id: string, input: AssemblyInput) => api.patch<AssemblyDetail>(base(id), input);
export const convene = (id: string, scheduledAt?: string) =>
  api.post<AssemblyDetail>(`${base(id)}/convene`, scheduledAt ? { scheduledAt } : {});
export const act = (id: string, step: "start" | "close" | "cancel") =>
  api.post<AssemblyDetail>(`${base(id)}/${step}`, {});
export const register = (id: string, associationId: string) =>
  api.post<AssemblyDetail>(`${base(id)}/registrations`, { associationId });
export const checkIn = (id: string, associationId: string) =>
  api.post<AssemblyDetail>(`${base(id)}/check-ins`, { associationId });
export const giveProxy = (id: string, input: ProxyInput) => api.post<AssemblyDetail>(`${base(id)}/proxies`, input);
export const revokeProxy = (id: string, proxyId: string) =>
  api.post<AssemblyDetail>(`${base(id)}/proxies/${encodeURIComponent(proxyId)}/revoke`, {});
export const documentHref = (id: string, documentId: string) =>
  `${base(id)}/documents/${encodeURIComponent(documentId)}`;

export function uploadDocument(id: string, file: File) {
  const form = new FormData();
  form.append("document", file, file.name);
  return apiRequest<AssemblyDetail>("POST", `${base(id)}/documents`, form);
}
export const removeDocument = (id: string, documentId: string) =>
  api.delete<AssemblyDetail>(`${base(id)}/documents/${encodeURIComponent(documentId)}`);
