import { describe, expect, it } from "vitest";
import { appendChildren, appendTopLevel, findReply, insertReply, replaceReply, setEndorsements } from "./tree.js";
import type { Reply, ReplyNode } from "./types.js";

const none = {
  reply: false,
  edit: false,
  delete: false,
  endorse: false,
  flag: false,
  hide: false,
  restore: false,
  viewRevisions: false,
};

let seq = 0;
function reply(id: string, parentId: string | null, fields: Partial<Reply> = {}): Reply {
  seq += 1;
  return {
    id,
    debateId: "d1",
    parentId,
    depth: parentId ? 1 : 0,
    seq,
    stance: "neutral",
    state: "visible",
    author: { id: "u1", name: "سلمى" },
    association: null,
    bodyMd: id,
    bodyHtml: `<p>${id}</p>`,
    hiddenReason: null,
    quote: null,
    endorsementCount: 0,
    endorsed: false,
    childCount: 0,
    unread: false,
    createdAt: "2026-12-01T10:00:00.000Z",
    editedAt: null,
    abilities: none,
    ...fields,
  };
}
const node = (r: Reply, children: ReplyNode[] = []): ReplyNode => ({ ...r, children, childCount: children.length });

describe("the reply tree a debate's page holds", () => {
  const tree = [node(reply("a", null), [node(reply("a1", "a"), [node(reply("a11", "a1"))])]), node(reply("b", null))];

  it("adds a live reply under its parent deep in the tree and counts it there", () => {
    const next = insertReply(tree, reply("a12", "a1"), true);
    const parent = findReply(next, "a1");
    expect(parent?.children.map((child) => child.id)).toEqual(["a11", "a12"]);
    expect(parent?.childCount).toBe(2);
    // The tree given is left as it was.
    expect(findReply(tree, "a1")?.children).toHaveLength(1);
  });

  it("shows a reply once when it arrives both as the answer and as the room's event", () => {
    const once = insertReply(tree, reply("c", null), true);
    const twice = insertReply(once, reply("c", null), true);
    expect(twice).toBe(once);
    expect(twice.filter((item) => item.id === "c")).toHaveLength(1);
  });

  it("does not append a new top-level reply to a branch page, nor one whose parent is not shown", () => {
    expect(insertReply(tree, reply("c", null), false)).toBe(tree);
    expect(insertReply(tree, reply("x1", "x"), true)).toBe(tree);
  });

  it("replaces a reply's own fields (deleted, hidden) and keeps the children already loaded", () => {
    const next = replaceReply(tree, reply("a1", "a", { state: "deleted", bodyHtml: "", author: null }));
    const changed = findReply(next, "a1");
    expect(changed?.state).toBe("deleted");
    expect(changed?.children.map((child) => child.id)).toEqual(["a11"]);
  });

  it("sets a reply's endorsements, and the reader's own mark only when told", () => {
    const live = setEndorsements(tree, "a11", 3);
    expect(findReply(live, "a11")).toMatchObject({ endorsementCount: 3, endorsed: false });
    const mine = setEndorsements(live, "a11", 4, true);
    expect(findReply(mine, "a11")).toMatchObject({ endorsementCount: 4, endorsed: true });
  });

  it("appends pages of children and of top-level replies without repeating those shown", () => {
    const children = appendChildren(tree, "a1", [node(reply("a11", "a1")), node(reply("a13", "a1"))]);
    expect(findReply(children, "a1")?.children.map((child) => child.id)).toEqual(["a11", "a13"]);
    const top = appendTopLevel(tree, [node(reply("b", null)), node(reply("c", null))]);
    expect(top.map((item) => item.id)).toEqual(["a", "b", "c"]);
  });
});
