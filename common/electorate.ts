/** The electorate: who votes for each member association at an instant (`/api/admin/electorate`). */
import type { PersonName } from "./api.js";

export type FreezeElectorateInput = { label: string; at?: string };

/** One association in the electorate: who casts its vote (null when it has no primary delegate). */
export type ElectorateEntry = {
  associationId: string;
  slug: string;
  nameAr: string;
  delegate: PersonName | null;
};

export type Electorate = { at: string; entries: ElectorateEntry[] };

export type ElectorateSnapshotSummary = {
  id: string;
  label: string;
  at: string;
  createdAt: string;
  createdBy: PersonName;
  associationCount: number;
  /** Associations with a primary delegate, who can vote. */
  voterCount: number;
};

export type ElectorateSnapshot = ElectorateSnapshotSummary & { entries: ElectorateEntry[] };
