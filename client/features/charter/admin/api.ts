import type {
  CharterKind,
  CharterVersion,
  CharterVersionSummary,
  PublishCharterInput,
} from "../../../../common/charter.js";
import { api, queryString } from "../../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls about the charter and internal rules (`/api/admin/charter`). */
export const fetchVersions = (kind: CharterKind) =>
  api.get<CharterVersionSummary[]>(`/api/charter/versions${queryString({ kind })}`);
export const fetchVersion = (id: string) => api.get<CharterVersion>(`/api/charter/versions/${enc(id)}`);
export const publishVersion = (input: PublishCharterInput) =>
  api.post<CharterVersion>("/api/admin/charter/versions", input);
