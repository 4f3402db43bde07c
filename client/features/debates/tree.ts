import type { Reply, ReplyNode } from "./types.js";

/**
 * The reply tree as the page holds it, changed by the answers to the person's own writes and by the
 * room's live events. Pure functions: each returns a new tree and leaves the one given untouched.
 */
export type Tree = ReplyNode[];

function mapTree(tree: Tree, change: (reply: ReplyNode) => ReplyNode | null): Tree {
  let touched = false;
  const next = tree.map((reply) => {
    const changed = change(reply);
    if (changed) {
      touched = true;
      return changed;
    }
    if (reply.children.length === 0) return reply;
    const children = mapTree(reply.children, change);
    if (children === reply.children) return reply;
    touched = true;
    return { ...reply, children };
  });
  return touched ? next : tree;
}

export function findReply(tree: Tree, id: string): ReplyNode | undefined {
  for (const reply of tree) {
    if (reply.id === id) return reply;
    const found = findReply(reply.children, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Adds a new reply under its parent (or at the top level), once: the same reply arriving both as the
 * answer to the author's request and as the room's event is shown once. A reply whose parent is not
 * on the page only raises the parent's count when it is there.
 */
export function insertReply(tree: Tree, written: Reply, topLevel: boolean): Tree {
  if (findReply(tree, written.id)) return tree;
  const reply: ReplyNode = { ...written, children: [] };
  if (reply.parentId === null) return topLevel ? [...tree, reply] : tree;
  return mapTree(tree, (node) =>
    node.id === reply.parentId
      ? { ...node, children: [...node.children, reply], childCount: node.childCount + 1 }
      : null,
  );
}

/** Replaces a reply's own fields (an edit, a deletion, hiding), keeping the children the page loaded. */
export function replaceReply(tree: Tree, reply: Reply): Tree {
  return mapTree(tree, (node) =>
    node.id === reply.id
      ? { ...reply, children: node.children, childCount: Math.max(reply.childCount, node.childCount) }
      : null,
  );
}

export function setEndorsements(tree: Tree, replyId: string, endorsementCount: number, endorsed?: boolean): Tree {
  return mapTree(tree, (node) =>
    node.id === replyId ? { ...node, endorsementCount, endorsed: endorsed ?? node.endorsed } : null,
  );
}

/** Appends a page of children to a reply, skipping those already shown. */
export function appendChildren(tree: Tree, parentId: string, children: ReplyNode[]): Tree {
  return mapTree(tree, (node) => {
    if (node.id !== parentId) return null;
    const known = new Set(node.children.map((child) => child.id));
    return { ...node, children: [...node.children, ...children.filter((child) => !known.has(child.id))] };
  });
}

/** Appends a page of top-level replies, skipping those already shown. */
export function appendTopLevel(tree: Tree, replies: ReplyNode[]): Tree {
  const known = new Set(tree.map((reply) => reply.id));
  return [...tree, ...replies.filter((reply) => !known.has(reply.id))];
}
