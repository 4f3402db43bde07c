/**
 * Votes (`/api/votes`): configured by a moderator while a draft, frozen once open, closed by a
 * moderator or at their scheduled time, their result computed by the tally in the closing transaction.
 */
import type { Paginated } from "./api.js";
import type { BallotChoice, MajorityRule, VoteMethod, VoteResult } from "./tally.js";

export type { BallotChoice, MajorityRule, VoteMethod, VoteResult } from "./tally.js";

export const voteMethods = ["for_against_abstain", "single", "approval", "ranked"] as const;
export const majorityRules = ["simple", "absolute", "two_thirds_cast", "two_thirds_electorate"] as const;
export const voteStatuses = ["draft", "open", "closed", "cancelled"] as const;
export type VoteStatus = (typeof voteStatuses)[number];

/** One vote per active member association (cast by its primary delegate), or one per active member. */
export type VoteElectorate = "associations" | "members";
export type VoteSecrecy = "open" | "secret";
/** When the figures are shown: as ballots come in (open votes only) or once closed. */
export type VoteResultsShown = "live" | "at_close";
export type VoteSubjectKind =
  | "proposal"
  | "amendment"
  | "session"
  | "programme"
  | "programme_axis"
  | "programme_amendment";
export type VoteSubject = { kind: VoteSubjectKind; id: string };

/** The configuration a moderator writes while the vote is a draft (`POST /api/votes`). */
export type VoteDraftInput = {
  title: string;
  description?: string;
  method: VoteMethod;
  /** The options to choose among (single, approval, ranked); none for for/against/abstain. */
  options?: string[];
  /** Approval: the most options one ballot may approve. */
  maxChoices?: number | null;
  electorate?: VoteElectorate;
  /** Share of the electorate that must take part, 0..1 (abstentions count as taking part). */
  quorum?: number | null;
  majority?: MajorityRule;
  secrecy?: VoteSecrecy;
  results?: VoteResultsShown;
  /** A formal vote goes into the register of decisions; a straw poll does not. */
  formal?: boolean;
  /** When the server opens and closes it by itself (ISO 8601). */
  opensAt?: string | null;
  closesAt?: string | null;
  subject?: VoteSubject | null;
};

/** `PATCH /api/votes/:id`: any field of the draft's configuration. */
export type VoteDraftPatch = Partial<VoteDraftInput>;

/** `POST /api/votes/:id/ballot`. */
export type CastBallotInput = {
  choice: BallotChoice;
  /** The association whose vote is cast, when the person casts more than one. */
  associationId?: string;
  /** A secret vote: the receipt of the ballot this one replaces. */
  receipt?: string;
};

/** What the voter gets once the ballot is committed: the receipt code, shown this once. */
export type BallotCast = {
  voteId: string;
  /** True when the ballot replaced the voter's earlier one. */
  replaced: boolean;
  receipt: string;
  cast: number;
};

/** `GET /api/votes/:id/receipts/:code`: whether that ballot is among the ballots counted. */
export type ReceiptCheck = {
  found: boolean;
  /** Whether the vote is closed, so that the ballot is in the published tally. */
  counted: boolean;
  choice: BallotChoice | null;
};

/** What the viewer may do with a vote; the client shows actions from these alone. */
export type VoteAbilities = {
  edit: boolean;
  open: boolean;
  close: boolean;
  cancel: boolean;
  /** The viewer holds a vote in it and it is open. */
  vote: boolean;
  /** The viewer has cast a ballot (they may change it while open: secret votes need the receipt). */
  hasVoted: boolean;
  /** The figures are visible to the viewer now. */
  seeResult: boolean;
};

/** A vote held by the viewer: the association it is cast for (or the person's own), and whether cast. */
export type HeldVote = { voterKey: string; associationId: string | null; name: string; cast: boolean };

export type VoteOption = { id: string; label: string };

export type VoteSummary = {
  id: string;
  title: string;
  method: VoteMethod;
  status: VoteStatus;
  secrecy: VoteSecrecy;
  opensAt: string | null;
  closesAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  subject: VoteSubject | null;
  /** Ballots cast so far (open and closed votes). */
  cast: number;
  electorateSize: number | null;
};

export type VoteDetail = VoteSummary & {
  /** Markdown source, as written (for the moderator's form). */
  description: string;
  /** The description rendered and sanitised by the server, to insert as it is. */
  descriptionHtml: string;
  options: VoteOption[];
  maxChoices: number | null;
  electorate: VoteElectorate;
  quorum: number | null;
  majority: MajorityRule;
  results: VoteResultsShown;
  formal: boolean;
  createdAt: string;
  /** The result when the viewer may see it (closed, or open and shown live). */
  result: VoteResult | null;
  /** The votes the viewer holds in it. */
  held: HeldVote[];
  abilities: VoteAbilities;
};

export type VotePage = Paginated<VoteSummary>;

/** `GET /api/votes/:id/recount`: the stored ballots counted again, beside the result published at the close. */
export type VoteRecount = { matches: boolean; published: VoteResult; recounted: VoteResult };

/** After the close of an open (non-secret) vote: who voted what. */
export type OpenBallot = { voterKey: string; name: string; choice: BallotChoice };

/** Live: the participation count of a vote (`vote:participation`), and its figures when shown live. */
export type VoteParticipationUpdate = { voteId: string; cast: number; electorateSize: number | null };
export type VoteTallyUpdate = {
  voteId: string;
  result: VoteResult /** The final result: the vote closed. */;
  closed: boolean;
};
/** What `vote:watch` answers: the snapshot to start from. */
export type VoteWatchSnapshot = VoteParticipationUpdate & { status: VoteStatus; result: VoteResult | null };
