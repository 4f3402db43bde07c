import { createContext } from "preact";
import type { MyAssociation } from "../../../common/associations.js";
import type { DebateAbilities, DebateSummary, Reply, ReplyNode } from "./types.js";

/** What every reply of the tree needs from its page: the debate, the reader, and how to change the tree. */
export type TreeContext = {
  debate: DebateSummary & { abilities: DebateAbilities };
  me: { id: string } | null;
  /** Replies written after this moment (the reader's last visit) are marked new. */
  unreadSince: string | null;
  /** Replies shown nested below the page's root before the tree continues on a branch page. */
  depthCap: number;
  represented: MyAssociation[];
  /** A reply the page learnt about (the reader's own, or one loaded). */
  onReply: (reply: Reply) => void;
  onChanged: (reply: Reply) => void;
  onEndorsement: (replyId: string, count: number, mine: boolean) => void;
  onMoreChildren: (parent: ReplyNode) => Promise<void>;
};

export const DebateTree = createContext<TreeContext | null>(null);
