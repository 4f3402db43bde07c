import type {
  ActionUpdateInput,
  ProgrammeAmendmentInput,
  ProgrammeCreateInput,
  ProgrammeDetail,
  ProgrammeDocumentInput,
  ProgrammeListQuery,
  ProgrammePage,
  ProgrammeProgress,
} from "../../../common/programmes.js";
import { api, queryString } from "../../api.js";

const base = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;

export const fetchProgrammes = (query: ProgrammeListQuery) =>
  api.get<ProgrammePage>(`/api/programmes${queryString(query)}`);
export const fetchProgramme = (id: string) => api.get<ProgrammeDetail>(base(id));
export const fetchProgress = (id: string) => api.get<ProgrammeProgress>(`${base(id)}/progress`);
export const createProgramme = (input: ProgrammeCreateInput) => api.post<ProgrammeDetail>("/api/programmes", input);
export const saveProgramme = (id: string, input: ProgrammeDocumentInput) => api.put<ProgrammeDetail>(base(id), input);
export const submitProgramme = (id: string) => api.post<ProgrammeDetail>(`${base(id)}/submit`);
export const proposeAmendment = (id: string, input: ProgrammeAmendmentInput) =>
  api.post<{ id: string; programme: ProgrammeDetail }>(`${base(id)}/amendments`, input);

/** A moderator opens the next vote: an amendment's, an axis's or the whole's. */
export const putToVote = (kind: "amendment" | "axis" | "whole", id: string) =>
  api.post<ProgrammeDetail>(
    kind === "whole"
      ? `${base(id)}/vote`
      : `/api/programmes/${kind === "axis" ? "axes" : "amendments"}/${encodeURIComponent(id)}/vote`,
    {},
  );
export const postUpdate = (actionId: string, input: ActionUpdateInput) =>
  api.post<ProgrammeDetail>(`/api/programmes/actions/${encodeURIComponent(actionId)}/updates`, input);
