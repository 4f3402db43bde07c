/** The charter and the internal rules: versioned documents and their acceptance (`/api/charter`). */
import type { PersonName } from "./api.js";

/** The two versioned founding documents an admin publishes. */
export type CharterKind = "charter" | "internal_rules";

export const charterKinds = ["charter", "internal_rules"] as const;

export type CharterAcceptInput = { versionId: string };

export type PublishCharterInput = {
  kind: CharterKind;
  title: string;
  bodyMd: string;
  /** The French title and text: both or neither (blank: none). */
  titleFr?: string;
  bodyMdFr?: string;
};

export type CharterVersionSummary = {
  id: string;
  kind: CharterKind;
  version: number;
  title: string;
  publishedAt: string;
};

/** The French text an admin may publish with a version; the Arabic text is the authoritative one. */
export type CharterFrenchText = { title: string; bodyMd: string; bodyHtml: string };

export type CharterVersion = CharterVersionSummary & {
  bodyMd: string;
  bodyHtml: string;
  /** The French text, or null when the version exists in Arabic only. */
  french: CharterFrenchText | null;
};

/** `GET /api/charter`: the versions in force. */
export type CurrentCharter = { charter: CharterVersion | null; internalRules: CharterVersion | null };

export type CharterAcceptance = {
  version: CharterVersionSummary;
  acceptedBy: PersonName;
  acceptedAt: string;
};
