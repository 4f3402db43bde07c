import { ConfirmButton } from "../../components/ConfirmButton.js";
import { LoadState } from "../../components/LoadState.js";
import { useResource } from "../../components/useResource.js";
import { useSubmit } from "../../components/useSubmit.js";
import { useI18n } from "../../i18n/index.js";
import { errorMessage } from "../../lib/form-errors.js";
import { decideJoinRequest, fetchJoinRequests } from "./api.js";
import "../../components/forms.css";
import "./membership.css";

/**
 * People who asked to join: a representative approves (they become members) or declines, as each
 * request's abilities say (the server's policy).
 */
export function JoinRequestsSection({ slug, onJoined }: { slug: string; onJoined: () => void }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const requests = useResource(() => fetchJoinRequests(slug, "pending"), [slug]);
  const { busy, error, run } = useSubmit();

  const approve = (id: string) =>
    run(async () => {
      await decideJoinRequest(slug, id, "approve");
      requests.reload();
      onJoined();
    });

  return (
    <section class="card" id="join-requests" aria-labelledby="join-requests-title">
      <h2 id="join-requests-title">{t("joinRequests.title")}</h2>
      {error ? (
        <p class="form-alert" role="alert">
          {errorMessage(error, i18n)}
        </p>
      ) : null}
      <LoadState resource={requests}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t("joinRequests.none")}</p>
          ) : (
            <ul class="request-list">
              {list.map((request) => (
                <li key={request.id} class="request">
                  <p>
                    <strong>
                      <bdi>{request.user.name}</bdi>
                    </strong>{" "}
                    <span class="muted">
                      · <time dateTime={request.createdAt}>{formatDate(request.createdAt)}</time>
                    </span>
                  </p>
                  {request.message && (
                    <p dir="auto" class="quote">
                      {request.message}
                    </p>
                  )}
                  {request.abilities.decide && (
                    <div class="row-actions">
                      <button
                        type="button"
                        class="button"
                        disabled={busy}
                        onClick={() => approve(request.id)}
                        aria-label={t("joinRequests.approveOf", { name: request.user.name })}
                      >
                        {t("joinRequests.approve")}
                      </button>
                      <ConfirmButton
                        label={t("joinRequests.reject")}
                        ariaLabel={t("joinRequests.rejectOf", { name: request.user.name })}
                        title={t("joinRequests.rejectTitle")}
                        body={<p>{t("joinRequests.rejectBody", { name: request.user.name })}</p>}
                        confirmLabel={t("joinRequests.reject")}
                        danger
                        action={() => decideJoinRequest(slug, request.id, "reject")}
                        onDone={requests.reload}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
