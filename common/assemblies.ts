/**
 * General assemblies: the types both sides read. An assembly is drafted by moderators, convened (every
 * active member association's representatives told, a set number of days ahead), attended in person or
 * by proxy, and run as a live session whose formal votes count the associations present or represented.
 */
import type { MajorityRule } from "./tally.js";

export type AssemblyKind = "ordinary" | "extraordinary";
export const assemblyKinds: readonly AssemblyKind[] = ["ordinary", "extraordinary"];
export type AssemblyStatus = "draft" | "convened" | "in_session" | "closed" | "cancelled";
export const assemblyStatuses: readonly AssemblyStatus[] = ["draft", "convened", "in_session", "closed", "cancelled"];
export type AssemblyItemType = "programme" | "statutes" | "report" | "other";
export const assemblyItemTypes: readonly AssemblyItemType[] = ["programme", "statutes", "report", "other"];

/** The majority each type of agenda item needs: a change of the statutes, two thirds of the votes cast. */
export const majorityByItemType: Record<AssemblyItemType, MajorityRule> = {
  programme: "simple",
  statutes: "two_thirds_cast",
  report: "simple",
  other: "simple",
};

export const assemblyLimits = {
  titleMax: 200,
  placeMax: 300,
  urlMax: 500,
  itemsMax: 40,
  itemTitleMax: 300,
  itemDescriptionMax: 10_000,
  documentsMax: 20,
  documentBytesMax: 10 * 1024 * 1024,
} as const;

export type AssemblyItemInput = { title: string; type: AssemblyItemType; descriptionMd?: string };

/** What a moderator writes: the assembly's details and its agenda (replaced whole while a draft). */
export type AssemblyInput = {
  kind: AssemblyKind;
  title: string;
  /** ISO 8601. */
  scheduledAt: string;
  place?: string | null;
  onlineUrl?: string | null;
  items: AssemblyItemInput[];
};

/** A second convocation names its new date. */
export type ConveneInput = { scheduledAt?: string };
export type RegistrationInput = { associationId: string };
export type CheckInInput = { associationId: string };
export type ProxyInput = { giverId: string; holderId: string };

export type AssemblyItem = {
  id: string;
  position: number;
  title: string;
  type: AssemblyItemType;
  descriptionMd: string;
  majority: MajorityRule;
};

export type AssemblyDocument = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
};

export type AssemblyConvocation = {
  id: string;
  round: number;
  scheduledAt: string;
  quorumShare: number;
  recipients: number;
  associations: number;
  sentAt: string;
  sentBy: { id: string; name: string } | null;
};

/** Associations present (a representative checked in) or represented (their proxy's holder present). */
export type AssemblyQuorum = {
  /** Active member associations now. */
  electorate: number;
  present: number;
  represented: number;
  required: number;
  share: number;
  met: boolean;
};

export type AssemblyAssociationRef = { id: string; nameAr: string; nameFr: string | null; slug: string };

export type AssemblyAttendanceRow = {
  association: AssemblyAssociationRef;
  registeredAt: string | null;
  checkedInAt: string | null;
  /** The association whose vote this one holds, or who holds its vote. */
  holds: AssemblyAssociationRef[];
  givenTo: AssemblyAssociationRef | null;
  abilities: { checkIn: boolean };
};

export type AssemblyProxy = {
  id: string;
  giver: AssemblyAssociationRef;
  holder: AssemblyAssociationRef;
  createdAt: string;
  revokedAt: string | null;
  abilities: { revoke: boolean };
};

/** One of the reader's associations, as this assembly sees it. */
export type MyAssemblyAssociation = {
  association: AssemblyAssociationRef;
  registered: boolean;
  checkedIn: boolean;
  givenTo: AssemblyAssociationRef | null;
  holds: AssemblyAssociationRef[];
  abilities: { register: boolean; unregister: boolean; checkIn: boolean; giveProxy: boolean };
};

export type AssemblyAbilities = {
  edit: boolean;
  convene: boolean;
  conveneSecond: boolean;
  start: boolean;
  close: boolean;
  cancel: boolean;
  manageDocuments: boolean;
  attendanceDesk: boolean;
};

export type AssemblySummary = {
  id: string;
  kind: AssemblyKind;
  title: string;
  scheduledAt: string;
  place: string | null;
  onlineUrl: string | null;
  status: AssemblyStatus;
  round: number;
};

export type AssemblyDetail = AssemblySummary & {
  quorumShare: number;
  liveSessionId: string | null;
  startedAt: string | null;
  closedAt: string | null;
  items: AssemblyItem[];
  documents: AssemblyDocument[];
  convocations: AssemblyConvocation[];
  quorum: AssemblyQuorum;
  attendance: AssemblyAttendanceRow[];
  proxies: AssemblyProxy[];
  mine: MyAssemblyAssociation[];
  /** Active member associations a proxy may be given to (for the form). */
  candidates: AssemblyAssociationRef[];
  settings: { convocationDays: number; maxProxies: number; secondQuorumShare: number };
  abilities: AssemblyAbilities;
};

export type AssemblyList = { items: AssemblySummary[]; abilities: { create: boolean } };
