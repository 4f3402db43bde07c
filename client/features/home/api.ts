import type { Agenda } from "../../../common/agenda.js";
import { api } from "../../api.js";

export const fetchAgenda = () => api.get<Agenda>("/api/me/agenda");
