import type {
  ElectorateSnapshot,
  ElectorateSnapshotSummary,
  FreezeElectorateInput,
} from "../../../../common/electorate.js";
import { api } from "../../../api.js";

const enc = encodeURIComponent;

/** The admin console's calls about the electorate's snapshots (`/api/admin/electorate`). */
export const fetchSnapshots = () => api.get<ElectorateSnapshotSummary[]>("/api/admin/electorate/snapshots");
export const fetchSnapshot = (id: string) => api.get<ElectorateSnapshot>(`/api/admin/electorate/snapshots/${enc(id)}`);
export const freezeSnapshot = (input: FreezeElectorateInput) =>
  api.post<ElectorateSnapshot>("/api/admin/electorate/snapshots", input);
