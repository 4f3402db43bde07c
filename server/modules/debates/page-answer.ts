/**
 * A signed-in reader's first screen of a debate, written as JSON text on top of the read model that
 * every reader shares. The replies are written once per role, as a reader who wrote none of them,
 * endorsed none and never visited would see them, and kept beside the read model (dropped with it);
 * each reader then adds only their own part: their endorsements, their unread markers, and their own
 * replies (which they may edit or delete, and see when hidden). The tree is not rebuilt per reader.
 */
import type { Role } from "../../../common/api.js";
import type { Reply } from "../../../common/debates.js";
import type { Actor } from "../../auth/actor.js";
import { debateResource, presentReply, type ReaderState, type ReplyRecord } from "./presenter.js";

/** What the page shows that is the same for every reader (the read model's value). */
export type SharedReplies = { debate: Parameters<typeof debateResource>[0]; tree: readonly ReplyRecord[] };

type FrameNode = { record: ReplyRecord; head: string; children: FrameNode[] };

/** Nobody's id: a reader of a role who wrote nothing on the page. */
const STRANGER_ID = "00000000-0000-0000-0000-000000000000";

const frames = new WeakMap<SharedReplies, Map<Role, FrameNode[]>>();

/** A reply's JSON without the reader's own fields and without its closing brace, to be continued. */
function head(reply: Reply): string {
  const { endorsed: _endorsed, unread: _unread, ...rest } = reply;
  return JSON.stringify(rest).slice(0, -1);
}

/** The replies' tree as a reader of `role` who wrote none of them sees it, written once. */
function frameFor(shared: SharedReplies, role: Role): FrameNode[] {
  let byRole = frames.get(shared);
  if (!byRole) {
    byRole = new Map();
    frames.set(shared, byRole);
  }
  let roots = byRole.get(role);
  if (!roots) {
    const stranger: Actor = { id: STRANGER_ID, role };
    const resource = debateResource(shared.debate);
    const nodes = new Map<string, FrameNode>();
    roots = [];
    // Records come in path order: a parent before its children (as in buildTree).
    for (const record of shared.tree) {
      const node: FrameNode = { record, head: head(presentReply(record, resource, stranger)), children: [] };
      nodes.set(record.id, node);
      const parent = record.parentId ? nodes.get(record.parentId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    byRole.set(role, roots);
  }
  return roots;
}

/** The JSON text of the replies' tree (`ReplyNode[]`) for `actor`, with their own part. */
export function repliesJson(shared: SharedReplies, actor: Actor, reader: ReaderState): string {
  const resource = debateResource(shared.debate);
  const parts: string[] = ["["];
  const write = (node: FrameNode, first: boolean) => {
    const { record } = node;
    const own = record.author.id === actor.id;
    if (!first) parts.push(",");
    parts.push(own ? head(presentReply(record, resource, actor, reader)) : node.head);
    // As presentReply marks them: a reader's own replies are never new to them.
    const unread = reader.unreadSince !== null && record.createdAt > reader.unreadSince && !own;
    parts.push(`,"endorsed":${reader.endorsed.has(record.id)},"unread":${unread},"children":[`);
    node.children.forEach((child, index) => {
      write(child, index === 0);
    });
    parts.push("]}");
  };
  frameFor(shared, actor.role).forEach((root, index) => {
    write(root, index === 0);
  });
  parts.push("]");
  return parts.join("");
}
