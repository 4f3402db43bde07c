/**
 * Work programmes (`/api/programmes`): drafted by a committee, amended by member associations, voted
 * by the assembly (amendments, then each axis, then the whole), frozen once adopted and recorded in
 * the register; then each action is followed by its lead association(s).
 */
import type { Paginated } from "./api.js";
import type { DiffPart } from "./proposals.js";

export const programmeStatuses = ["draft", "amendments", "voting", "adopted", "rejected"] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** An axis or an amendment through the votes. */
export const programmeItemStates = ["proposed", "in_vote", "adopted", "not_adopted"] as const;
export type ProgrammeItemState = (typeof programmeItemStates)[number];

export const actionStatuses = ["not_started", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** The texts of a programme an amendment may change. */
export const amendableFields = {
  introduction: ["introductionMd"],
  axis: ["title", "descriptionMd"],
  action: ["title", "objective"],
} as const;
export type AmendmentTargetKind = keyof typeof amendableFields;
export type AmendableField = (typeof amendableFields)[AmendmentTargetKind][number];

export const programmeLimits = {
  titleMax: 200,
  introductionMax: 20_000,
  descriptionMax: 5_000,
  objectiveMax: 2_000,
  partnersMax: 1_000,
  indicatorMax: 300,
  indicatorsMax: 12,
  axesMax: 20,
  actionsPerAxisMax: 30,
  leadsMax: 5,
  committeeMax: 15,
  noteMax: 2_000,
  reasonMax: 1_000,
  passageMax: 5_000,
  rationaleMax: 2_000,
  budgetMax: 1_000_000_000,
} as const;

/** One action as the committee writes it. */
export type ActionInput = {
  /** The action's id when it is kept (absent: a new action). */
  id?: string;
  title: string;
  objective: string;
  leadAssociationIds: string[];
  partners?: string;
  /** YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  /** Estimated budget in dirhams. */
  budget?: number | null;
  indicators?: string[];
};

export type AxisInput = { id?: string; title: string; descriptionMd?: string; actions: ActionInput[] };

/** `POST /api/programmes` (moderators): a new draft and its committee. */
export type ProgrammeCreateInput = {
  title: string;
  periodStart: string;
  periodEnd: string;
  introductionMd?: string;
  committeeIds: string[];
  assemblyId?: string | null;
};

/** `PUT /api/programmes/:id` (the committee, while a draft): the whole document as it now stands. */
export type ProgrammeDocumentInput = {
  title: string;
  periodStart: string;
  periodEnd: string;
  introductionMd: string;
  axes: AxisInput[];
};

/** `PATCH /api/programmes/:id/settings` (moderators, before adoption): committee and assembly. */
export type ProgrammeSettingsInput = { committeeIds?: string[]; assemblyId?: string | null };

/** `POST /api/programmes/:id/amendments`. */
export type ProgrammeAmendmentInput = {
  associationId: string;
  targetKind: AmendmentTargetKind;
  targetId?: string | null;
  field: AmendableField;
  rationale?: string;
} & ({ kind: "full"; text: string } | { kind: "passage"; passage: string; replacement: string });

/** `POST /api/programmes/actions/:id/updates`: the lead association's dated update. */
export type ActionUpdateInput = {
  associationId: string;
  status: ActionStatus;
  progress: number;
  note: string;
  /** Required when the status is "dropped". */
  droppedReason?: string;
};

/** What a moderator may choose for the votes (defaults: simple majority, open ballots). */
export type ProgrammeVoteInput = {
  majority?: "simple" | "absolute" | "two_thirds_cast" | "two_thirds_electorate";
  secrecy?: "open" | "secret";
  closesAt?: string | null;
};

export type NamedRef = { id: string; name: string };

export type ProgrammeActionView = {
  id: string;
  axisId: string;
  position: number;
  title: string;
  objective: string;
  leads: NamedRef[];
  partners: string;
  startDate: string;
  endDate: string;
  budget: number | null;
  indicators: string[];
  status: ActionStatus;
  progress: number;
  droppedReason: string | null;
  lastUpdateAt: string | null;
  /** The end date has passed and the action is neither done nor dropped. */
  overdue: boolean;
  /** The viewer represents a lead association and the programme is adopted. */
  canUpdate: boolean;
};

export type ProgrammeAxisView = {
  id: string;
  position: number;
  title: string;
  descriptionMd: string;
  descriptionHtml: string;
  state: ProgrammeItemState;
  voteId: string | null;
  actions: ProgrammeActionView[];
};

export type ProgrammeAmendmentView = {
  id: string;
  association: NamedRef;
  author: NamedRef;
  targetKind: AmendmentTargetKind;
  targetId: string | null;
  /** The element's title, for the reader (the axis or action title, or null for the introduction). */
  targetTitle: string | null;
  field: AmendableField;
  kind: "full" | "passage";
  rationale: string;
  diff: DiffPart[];
  state: ProgrammeItemState;
  outdated: boolean;
  voteId: string | null;
  createdAt: string;
};

/** A vote of the programme, as its page shows it. */
export type ProgrammeVoteState = { id: string; status: string; outcome: string | null };

export type ProgrammeAbilities = {
  edit: boolean;
  manage: boolean;
  submit: boolean;
  amend: boolean;
  putToVote: boolean;
  /** The viewer may put the whole to the vote now (amendments and axes are decided). */
  voteWhole: boolean;
};

export type ProgrammeSummary = {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: ProgrammeStatus;
  decisionNumber: string | null;
  adoptedAt: string | null;
  axisCount: number;
  actionCount: number;
};

export type ProgrammeDetail = ProgrammeSummary & {
  introductionMd: string;
  introductionHtml: string;
  assemblyId: string | null;
  voteId: string | null;
  decisionId: string | null;
  committee: NamedRef[];
  axes: ProgrammeAxisView[];
  amendments: ProgrammeAmendmentView[];
  votes: Record<string, ProgrammeVoteState>;
  /** The associations the viewer represents (for the amendment and update forms). */
  represents: NamedRef[];
  abilities: ProgrammeAbilities;
};

export type ProgrammePage = Paginated<ProgrammeSummary>;

/** `GET /api/programmes`. */
export type ProgrammeListQuery = { status?: ProgrammeStatus; page?: number; pageSize?: number };

export type ActionUpdateView = {
  id: string;
  actionId: string;
  association: NamedRef;
  author: NamedRef;
  status: ActionStatus;
  progress: number;
  note: string;
  droppedReason: string | null;
  createdAt: string;
};

/** `GET /api/programmes/:id/progress`: the public follow-up page. */
export type ProgrammeProgress = {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  decisionNumber: string | null;
  /** The average progress of the actions, 0..100. */
  progress: number;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  byAxis: { id: string; title: string; progress: number; actions: number; done: number; overdue: number }[];
  /** The average progress at the end of each month from the adoption to now. */
  overTime: { month: string; progress: number }[];
  actions: (ProgrammeActionView & { axisTitle: string; history: ActionUpdateView[] })[];
};
