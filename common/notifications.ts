/**
 * In-app notifications: what happened, for one person. Each kind carries the values its sentence needs
 * (the client's catalogue writes the sentence); `/api/notifications` lists them, newest first, and
 * `notification:new` brings a new one live.
 */
import type { Paginated } from "./api.js";
import type { ProposalState } from "./proposals.js";

/** Names of what a notification can be about. */
export const notificationKinds = [
  "delegate.request_opened",
  "delegate.request_objected",
  "delegate.request_cancelled",
  "delegate.changed",
  "debate.reply",
  "debate.mention",
  "debate.moderation",
  "vote.opened",
  "proposal.transitioned",
  "proposal.amended",
  "assembly.convened",
  "assembly.cancelled",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The association a notification is about, as its sentence names it. */
export type NotificationAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

export type NotificationData = {
  association?: NotificationAssociation;
  /** Who acted (requested, objected, handed over, settled). */
  actorName?: string;
  /** Whom it is about (the candidate, the new delegate). */
  subjectName?: string;
  /** When a request takes effect if nobody objects (ISO 8601). */
  effectiveAt?: string;
  /** How the delegate changed: a hand-over, a request that took effect, an admin's settlement, a first naming. */
  how?: "handover" | "request" | "admin" | "first";
  reason?: string | null;
  /** The debate a `debate.*` notification is about. */
  debate?: { id: string; title: string };
  /** The reply it is about (the new reply, the reply that names the person, the reply moderated). */
  replyId?: string;
  /**
   * A moderation decision on the person's post: hidden, restored, locked, unlocked, closed, or moved.
   */
  decision?: "hidden" | "restored" | "locked" | "unlocked" | "closed" | "moved";
  /** The proposal a `proposal.*` notification is about. */
  proposal?: { id: string; title: string };
  /** The state a proposal reached (`proposal.transitioned`). */
  state?: ProposalState;
  /** The vote that opened, and when it closes (ISO 8601) when scheduled. */
  vote?: { id: string; title: string; closesAt: string | null };
  /** The assembly convened or cancelled, and its date (ISO 8601). */
  assembly?: { id: string; title: string; scheduledAt: string };
};

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  data: NotificationData;
  createdAt: string;
  readAt: string | null;
};

export type NotificationPage = Paginated<NotificationItem> & { unread: number };
