import { useState } from "preact/hooks";
import { Dialog } from "../../components/Dialog.js";
import { LoadState } from "../../components/LoadState.js";
import { SanitizedHtml } from "../../components/SanitizedHtml.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import type { RevisionList } from "./types.js";

/** The earlier versions of an edited text, newest first, in a dialog. */
export function RevisionsButton({ load }: { load: () => Promise<RevisionList> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="button-quiet" onClick={() => setOpen(true)}>
        {t("reply.revisions")}
      </button>
      {open && <RevisionsDialog load={load} onClose={() => setOpen(false)} />}
    </>
  );
}

function RevisionsDialog({ load, onClose }: { load: () => Promise<RevisionList>; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const revisions = useResource(() => load().then((list) => list.items), []);
  return (
    <Dialog open title={t("revisions.title")} onClose={onClose}>
      <LoadState resource={revisions}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t("revisions.empty")}</p>
          ) : (
            <ol class="revisions">
              {list.map((revision) => (
                <li key={revision.id}>
                  <p class="muted">
                    {t("revisions.by", {
                      person: revision.editor.name,
                      date: formatDate(revision.replacedAt, "dayAndTime"),
                    })}
                  </p>
                  {revision.title && (
                    <p dir="auto">
                      <strong>{revision.title}</strong>
                    </p>
                  )}
                  <SanitizedHtml html={revision.bodyHtml} />
                </li>
              ))}
            </ol>
          )
        }
      </LoadState>
      <div class="form-footer">
        <button type="button" class="button-quiet" onClick={onClose}>
          {t("revisions.close")}
        </button>
      </div>
    </Dialog>
  );
}
