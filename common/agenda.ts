/**
 * `GET /api/me/agenda`: what waits for the signed-in person, shown on the home page. Each module adds
 * its own kinds of item; the client shows the kinds it knows and skips the others.
 */
import type { CharterVersionSummary } from "./charter.js";

/** An association as an agenda item names and links it. */
export type AgendaAssociation = { id: string; slug: string; nameAr: string; nameFr: string | null };

export type AgendaItem =
  /** Admins: membership applications waiting for a decision. */
  | { kind: "applications_to_review"; count: number }
  /** Representatives of an applying association: an admin asked for more information. */
  | { kind: "information_requested"; association: AgendaAssociation; applicationId: string }
  /** Representatives: new versions of the founding texts their association has not accepted yet. */
  | { kind: "charter_to_accept"; association: AgendaAssociation; versions: CharterVersionSummary[] }
  /** Representatives: people asking to join their association. */
  | { kind: "join_requests"; association: AgendaAssociation; count: number }
  /**
   * Representatives: another representative asked for the primary delegate's office; it takes effect at
   * `effectiveAt` unless one of them objects.
   */
  | {
      kind: "delegate_request";
      association: AgendaAssociation;
      candidate: string;
      requestedBy: string;
      effectiveAt: string;
    }
  /** An invitation sent to the person's email, still open; its link is in that email. */
  | { kind: "invitation"; association: AgendaAssociation; invitedBy: string; expiresAt: string }
  /**
   * Debates where someone replied to the person's debate or replies, or named them (@), since their
   * last visit of that debate; the most recent first.
   */
  | {
      kind: "debate_unread";
      debate: { id: string; title: string };
      /** Replies to the person's posts since their last visit. */
      replies: number;
      /** Replies naming the person since their last visit. */
      mentions: number;
      lastAt: string;
    }
  /** Voters: an open vote waiting for their ballot (for the association named, or their own). */
  | {
      kind: "vote_to_cast";
      vote: { id: string; title: string; closesAt: string | null };
      association: AgendaAssociation | null;
    }
  /** Representatives: an assembly their association is convened to, neither registered nor represented. */
  | {
      kind: "assembly_to_attend";
      assembly: { id: string; title: string; scheduledAt: string };
      association: AgendaAssociation;
    };

export type AgendaItemKind = AgendaItem["kind"];

export type Agenda = { items: AgendaItem[] };
