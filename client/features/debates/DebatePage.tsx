import "../../i18n/membership.js";
import "../../i18n/debates.js";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ApiRequestError } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useResource } from "../../components/useResource.js";
import { formatDuration } from "../../i18n/format.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { fetchBranch, fetchDebate, fetchDebateRevisions, fetchReplies, flagDebate, markVisited } from "./api.js";
import { DebateBadges, StanceBadge } from "./Badges.js";
import { DebateTree, type TreeContext } from "./context.js";
import { useDebateRoom } from "./live.js";
import { ModeratorTools, moderates } from "./ModeratorTools.js";
import { associationName, categoryHref, categoryName, debateHref } from "./names.js";
import { ReasonButton } from "./ReasonButton.js";
import { ReplyForm } from "./ReplyForm.js";
import { ReplyItem } from "./ReplyItem.js";
import { RevisionsButton } from "./RevisionsButton.js";
import { Summary } from "./Summary.js";
import {
  appendChildren,
  appendTopLevel,
  findReply,
  insertReply,
  replaceReply,
  setEndorsements,
  type Tree,
} from "./tree.js";
import type { DebateAbilities, DebateDetail, DebateSummary, DebateSummaryCounts, Reply, ReplyBranch } from "./types.js";
import { useRepresented } from "./WritingAs.js";
import "./debates.css";

/** Levels of replies nested under the page's root before the tree continues on a branch page. */
const depthCap = 4;

type PageDebate = DebateSummary & { abilities: DebateAbilities };

type Loaded = {
  debate: PageDebate;
  /** The debate's text, conclusion and settings: on the debate's own page, not on a branch's. */
  detail: DebateDetail | null;
  summary: DebateSummaryCounts | null;
  tree: Tree;
  /** Top-level paging (the whole debate), or null on a branch page. */
  top: { page: number; pageSize: number; total: number } | null;
  unreadSince: string | null;
  /** On a branch page: the replies above the branch's root (for context). */
  branch: Pick<ReplyBranch, "ancestors" | "truncated"> | null;
};

async function load(id: string, replyId: string | undefined): Promise<Loaded> {
  if (replyId) {
    const { debate, root, ancestors, truncated, unreadSince } = await fetchBranch(replyId);
    return {
      debate,
      detail: null,
      summary: null,
      tree: [root],
      top: null,
      unreadSince,
      branch: { ancestors, truncated },
    };
  }
  const view = await fetchDebate(id);
  const { items, ...top } = view.replies;
  return {
    debate: view.debate,
    detail: view.debate,
    summary: view.summary,
    tree: items,
    top,
    unreadSince: view.unreadSince,
    branch: null,
  };
}

/** The debate's page (`/debates/:id`) and a branch of it (`/debates/:id/replies/:replyId`). */
export function DebatePage({ id, replyId }: { id: string; replyId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const resource = useResource(() => load(id, replyId), [id, replyId, user?.id]);
  const represented = useRepresented(Boolean(user));
  const [announcement, setAnnouncement] = useState("");
  const current = useRef<Loaded | undefined>(undefined);
  current.current = resource.data;

  // The visit is recorded once the page has shown what was unread.
  useEffect(() => {
    if (user && resource.data && !replyId) void markVisited(id).catch(() => undefined);
  }, [user?.id, id, replyId, resource.status === "ready"]);

  const update = (change: (loaded: Loaded) => Loaded) => {
    if (current.current) resource.set(change(current.current));
  };

  /**
   * A reply from the room carries no reader's abilities (all false): the page grants the obvious ones
   * from the debate's and from authorship; the server still decides on each action.
   */
  const forReader = (reply: Reply, debate: DebateAbilities): Reply => {
    const own = reply.author !== null && reply.author.id === user?.id;
    const shown = reply.state !== "deleted";
    return {
      ...reply,
      abilities: {
        reply: debate.reply,
        edit: own && shown,
        delete: own && shown,
        endorse: Boolean(user) && !own && shown && reply.state === "visible",
        flag: Boolean(user) && !own && shown,
        hide: debate.hide && reply.state === "visible",
        restore: debate.restore && reply.state === "hidden",
        viewRevisions: debate.viewRevisions || Boolean(user),
      },
    };
  };

  const addReply = (reply: Reply) =>
    update((loaded) => {
      const tree = insertReply(loaded.tree, reply, loaded.top !== null);
      if (tree === loaded.tree) return loaded;
      const summary = loaded.summary && {
        ...loaded.summary,
        counts: { ...loaded.summary.counts, [reply.stance]: loaded.summary.counts[reply.stance] + 1 },
      };
      const top = loaded.top && reply.parentId === null ? { ...loaded.top, total: loaded.top.total + 1 } : loaded.top;
      return { ...loaded, tree, summary, top, debate: { ...loaded.debate, replyCount: loaded.debate.replyCount + 1 } };
    });

  const live = useDebateRoom(resource.data ? resource.data.debate.id : undefined, {
    reply: (reply) => {
      // The author's own reply is on the page already, from the answer to their request.
      if (reply.author?.id === user?.id) return;
      const loaded = current.current;
      if (!loaded) return;
      addReply(forReader(reply, loaded.debate.abilities));
      setAnnouncement(t("debate.liveReply", { author: reply.author?.name ?? "" }));
    },
    replyChanged: (reply) => {
      const loaded = current.current;
      // The room does not carry a hidden text's reason: its author and the moderators read it again.
      const own = reply.author !== null && reply.author.id === user?.id;
      if (reply.state === "hidden" && loaded && (own || loaded.debate.abilities.restore)) {
        resource.reload();
        setAnnouncement(t("debate.liveChanged", { author: reply.author?.name ?? "" }));
        return;
      }
      // The reader's own values (endorsed, unread) stay; the abilities follow the new state.
      update((l) => {
        const known = findReply(l.tree, reply.id);
        const changed = {
          ...forReader(reply, l.debate.abilities),
          endorsed: known?.endorsed ?? false,
          unread: known?.unread ?? false,
        };
        return { ...l, tree: replaceReply(l.tree, changed) };
      });
      setAnnouncement(t("debate.liveChanged", { author: reply.author?.name ?? "" }));
    },
    endorsement: (replyId, count) => update((l) => ({ ...l, tree: setEndorsements(l.tree, replyId, count) })),
    debateChanged: () => {
      resource.reload();
      setAnnouncement(t("debate.liveDebate"));
    },
    resync: () => resource.reload(),
  });

  if (
    resource.status === "failed" &&
    resource.error instanceof ApiRequestError &&
    resource.error.code === "NOT_FOUND"
  ) {
    return <NotFoundPage />;
  }

  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <LoadState resource={resource}>
        {(loaded) => (
          <DebateBody
            loaded={loaded}
            live={live}
            represented={represented.data ?? []}
            me={user ? { id: user.id } : null}
            onDebate={(debate) => update((l) => ({ ...l, debate, detail: l.detail && debate }))}
            onReply={addReply}
            onChanged={(reply) => update((l) => ({ ...l, tree: replaceReply(l.tree, reply) }))}
            onEndorsement={(replyId, count, mine) =>
              update((l) => ({ ...l, tree: setEndorsements(l.tree, replyId, count, mine) }))
            }
            onMoreChildren={async (parent) => {
              const loadedChildren = parent.children.length;
              let page = 1;
              for (;;) {
                const answer = await fetchReplies(parent.debateId, parent.id, page);
                update((l) => ({ ...l, tree: appendChildren(l.tree, parent.id, answer.items) }));
                if (page * answer.pageSize >= Math.min(answer.total, loadedChildren + answer.pageSize)) break;
                page += 1;
              }
            }}
            onMoreTop={async () => {
              const top = current.current?.top;
              if (!top) return;
              const answer = await fetchReplies(id, null, top.page + 1);
              update((l) => ({
                ...l,
                tree: appendTopLevel(l.tree, answer.items),
                top: { page: answer.page, pageSize: answer.pageSize, total: answer.total },
              }));
            }}
          />
        )}
      </LoadState>
    </>
  );
}

type BodyProps = {
  loaded: Loaded;
  /** Whether the page receives the room's events (shown to assistive tools and tests as `data-live`). */
  live: boolean;
  represented: TreeContext["represented"];
  me: TreeContext["me"];
  onDebate: (debate: DebateDetail) => void;
  onReply: TreeContext["onReply"];
  onChanged: TreeContext["onChanged"];
  onEndorsement: TreeContext["onEndorsement"];
  onMoreChildren: TreeContext["onMoreChildren"];
  onMoreTop: () => Promise<void>;
};

function DebateBody({
  loaded,
  live,
  represented,
  me,
  onDebate,
  onReply,
  onChanged,
  onEndorsement,
  onMoreChildren,
  onMoreTop,
}: BodyProps) {
  const i18n = useI18n();
  const { t, locale, formatDate } = i18n;
  const { debate, detail, summary, tree, top, branch } = loaded;
  const [moreBusy, setMoreBusy] = useState(false);
  const context = useMemo<TreeContext>(
    () => ({
      debate,
      me,
      unreadSince: loaded.unreadSince,
      depthCap,
      represented,
      onReply,
      onChanged,
      onEndorsement,
      onMoreChildren,
    }),
    [debate, me?.id, loaded.unreadSince, represented],
  );
  const title = branch ? t("debate.branchTitle", { title: debate.title }) : debate.title;
  const category = debate.category;

  return (
    <DebateTree.Provider value={context}>
      <article class="stack debate-page" aria-labelledby="debate-title" data-live={live ? "on" : "off"}>
        <nav class="breadcrumb" aria-label={t("debates.title")}>
          <a href="/debates">{t("debates.title")}</a>
          {category && (
            <>
              {" / "}
              <a href={categoryHref(category.slug)}>{categoryName(category, locale)}</a>
            </>
          )}
        </nav>
        {debate.status === "closed" && detail?.conclusionHtml && (
          <section class="card debate-conclusion" aria-labelledby="conclusion-title">
            <h2 id="conclusion-title">{t("debate.conclusion")}</h2>
            <SanitizedHtml html={detail.conclusionHtml} />
            {detail.conclusionBy && detail.closedAt && (
              <p class="muted">
                {t("debate.conclusionBy", {
                  author: detail.conclusionBy.name,
                  date: formatDate(detail.closedAt, "dayAndTime"),
                })}
              </p>
            )}
          </section>
        )}
        <header class="debate-header">
          <div id="debate-title">
            <PageHeading title={title}>
              <bdi>{branch ? title : debate.title}</bdi>
            </PageHeading>
          </div>
          <p class="badges">
            <DebateBadges debate={debate} />
          </p>
          <p class="muted debate-byline">
            {debate.association
              ? t("debates.byFor", {
                  author: debate.author.name,
                  association: associationName(debate.association, locale),
                })
              : t("debates.by", { author: debate.author.name })}{" "}
            · <time dateTime={debate.createdAt}>{formatDate(debate.createdAt, "dayAndTime")}</time> ·{" "}
            {t("debate.views", { count: debate.viewCount })} · {t("debates.replyCount", { count: debate.replyCount })}
          </p>
          {debate.tags.length > 0 && (
            <ul class="tag-list" aria-label={t("debates.tags")}>
              {debate.tags.map((tag) => (
                <li key={tag}>
                  <a class="tag" href={`/debates?tag=${encodeURIComponent(tag)}`} dir="auto">
                    {tag}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </header>
        {debate.hidden && (
          <p class="notice notice-warning" dir="auto">
            {detail?.hiddenReason
              ? t("debate.debateHidden", { reason: detail.hiddenReason })
              : t("debate.debateHiddenNoReason")}
          </p>
        )}
        {debate.status === "locked" && <p class="notice notice-info">{t("debate.locked")}</p>}
        {debate.status === "closed" && <p class="notice notice-info">{t("debate.closed")}</p>}
        {debate.status === "open" && detail && detail.slowModeSeconds > 0 && (
          <p class="notice notice-info">
            {t("debate.slowMode", { duration: formatDuration(detail.slowModeSeconds, locale) })}
          </p>
        )}
        {!detail ? (
          <>
            <p>
              <a href={debateHref(debate.id)}>{t("debate.backToDebate")}</a>
            </p>
            {branch && branch.ancestors.length > 0 && (
              <section class="card branch-context" aria-labelledby="branch-context-title">
                <h2 id="branch-context-title">{t("debate.branchContext")}</h2>
                <ol class="branch-ancestors">
                  {branch.ancestors.map((ancestor) => (
                    <li key={ancestor.id}>
                      <StanceBadge stance={ancestor.stance} /> <bdi>{ancestor.author?.name ?? ""}</bdi>
                      {ancestor.state === "visible" ? (
                        <div class="branch-ancestor-body">
                          <SanitizedHtml html={ancestor.bodyHtml} />
                        </div>
                      ) : (
                        <p class="reply-placeholder">
                          {ancestor.state === "deleted" ? t("debate.deleted") : t("debate.hiddenNoReason")}
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </>
        ) : (
          <>
            <div class="card debate-body">
              <SanitizedHtml html={detail.bodyHtml} />
              <div class="reply-actions">
                {debate.abilities.edit && (
                  <a class="button-quiet" href={`${debateHref(debate.id)}/edit`}>
                    {t("reply.edit")}
                  </a>
                )}
                {debate.abilities.viewRevisions && detail.editedAt && (
                  <RevisionsButton load={() => fetchDebateRevisions(debate.id)} />
                )}
                {debate.abilities.flag && (
                  <ReasonButton
                    label={t("reply.flag")}
                    title={t("flag.title")}
                    reasonLabel={t("flag.reason")}
                    submitLabel={t("flag.send")}
                    done={t("flag.sent")}
                    action={(reason) => flagDebate(debate.id, reason)}
                  />
                )}
              </div>
            </div>
            {moderates(detail) && <ModeratorTools debate={detail} onChanged={onDebate} />}
            {summary && <Summary summary={summary} />}
          </>
        )}
        <section class="stack-small" aria-labelledby="replies-title">
          <h2 id="replies-title">{t("debate.replies")}</h2>
          {!branch &&
            (debate.abilities.reply ? (
              <div class="card">
                <ReplyForm
                  debateId={debate.id}
                  parent={null}
                  quote={null}
                  represented={represented}
                  onPosted={onReply}
                />
              </div>
            ) : (
              !me && (
                <p class="muted">
                  {t("compose.loginFirst")}{" "}
                  <a href={`/login?next=${encodeURIComponent(debateHref(debate.id))}`}>{t("nav.login")}</a>
                </p>
              )
            ))}
          {tree.length === 0 ? (
            <p class="muted">{t("debate.noReplies")}</p>
          ) : (
            <ol class="reply-tree" aria-labelledby="replies-title">
              {tree.map((reply) => (
                <ReplyItem key={reply.id} reply={reply} level={0} />
              ))}
            </ol>
          )}
          {top && top.page * top.pageSize < top.total && (
            <p>
              <button
                type="button"
                class="button button-secondary"
                disabled={moreBusy}
                onClick={async () => {
                  setMoreBusy(true);
                  try {
                    await onMoreTop();
                  } finally {
                    setMoreBusy(false);
                  }
                }}
              >
                {t("debate.loadMore")}
              </button>
            </p>
          )}
        </section>
      </article>
    </DebateTree.Provider>
  );
}
