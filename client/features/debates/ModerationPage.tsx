import "../../i18n/debates.js";
import { useLocation } from "preact-iso";
import { queryString } from "../../api.js";
import { LoadState } from "../../components/LoadState.js";
import { PageHeading } from "../../components/PageHeading.js";
import { Pagination, pageFromQuery } from "../../components/Pagination.js";
import { Redirect } from "../../components/Redirect.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";
import { NotFoundPage } from "../shell/NotFoundPage.js";
import { dismissFlag, fetchFlags, hideDebate, hideReply } from "./api.js";
import { debateHref, replyAnchor } from "./names.js";
import { ReasonButton } from "./ReasonButton.js";
import type { FlagItem } from "./types.js";
import "./debates.css";

const statuses = ["open", "hidden", "dismissed"] as const;

/** `/moderation`: the flags members raised, open ones first; a moderator hides the content or dismisses the flag. */
export function ModerationPage() {
  const { t } = useI18n();
  const { status: session, user } = useSession();
  const { query } = useLocation();
  const status = statuses.includes(query.status as (typeof statuses)[number]) ? (query.status as string) : "open";
  const page = pageFromQuery(query);
  const moderator = user?.role === "moderator" || user?.role === "admin";
  const flags = useResource(
    () => (moderator ? fetchFlags(status, page) : Promise.resolve(null)),
    [status, page, moderator],
  );
  if (session === "loading") return <p class="muted">{t("session.loading")}</p>;
  if (!user) return <Redirect to="/login?next=/moderation" />;
  if (!moderator) return <NotFoundPage />;
  return (
    <div class="stack">
      <PageHeading title={t("moderation.title")} />
      <nav class="sort-links" aria-label={t("moderation.queue")}>
        {statuses.map((value) => (
          <a
            key={value}
            href={`/moderation${queryString({ status: value === "open" ? undefined : value })}`}
            aria-current={value === status ? "page" : undefined}
          >
            {t(`moderation.status.${value}`)}
          </a>
        ))}
      </nav>
      <LoadState resource={flags}>
        {(data) =>
          data === null ? null : (
            <>
              {data.items.length === 0 ? (
                <p class="muted">{t("moderation.empty")}</p>
              ) : (
                <ul class="flag-list">
                  {data.items.map((flag) => (
                    <FlagCard key={flag.id} flag={flag} onDone={flags.reload} />
                  ))}
                </ul>
              )}
              <Pagination list={data} hrefFor={(p) => `/moderation${queryString({ status, page: p })}`} />
            </>
          )
        }
      </LoadState>
    </div>
  );
}

function FlagCard({ flag, onDone }: { flag: FlagItem; onDone: () => void }) {
  const { t, formatDate } = useI18n();
  const { target } = flag;
  const href =
    target.kind === "reply" ? `${debateHref(target.debateId)}#${replyAnchor(target.id)}` : debateHref(target.debateId);
  return (
    <li class="card flag-card">
      <p>
        <span class="badge">{t(`moderation.target.${target.kind}`)}</span>{" "}
        <a href={href}>
          <bdi>{target.debateTitle}</bdi>
        </a>
      </p>
      <p class="muted">
        <bdi>{target.author.name}</bdi>
      </p>
      <blockquote class="reply-quote">
        <SanitizedHtml html={target.bodyHtml} />
      </blockquote>
      <p>
        <strong>{t("moderation.reason")}:</strong> <q dir="auto">{flag.reason}</q>
      </p>
      <p class="muted">
        {t("moderation.flaggedBy", { person: flag.flaggedBy.name, date: formatDate(flag.createdAt, "dayAndTime") })}
      </p>
      {flag.status === "open" && (
        <div class="row-actions">
          <ReasonButton
            label={t("reply.hide")}
            title={target.kind === "reply" ? t("moderation.hideTitle") : t("moderation.hideDebate")}
            reasonLabel={t("moderation.reason")}
            hint={t("moderation.reasonHint")}
            submitLabel={t("reply.hide")}
            danger
            action={async (reason) => {
              await (target.kind === "reply" ? hideReply(target.id, reason) : hideDebate(target.debateId, reason));
              onDone();
            }}
          />
          <ReasonButton
            label={t("moderation.dismiss")}
            title={t("moderation.dismissTitle")}
            reasonLabel={t("moderation.reason")}
            submitLabel={t("moderation.dismiss")}
            action={async (reason) => {
              await dismissFlag(flag.id, reason);
              onDone();
            }}
          />
        </div>
      )}
    </li>
  );
}
