import { useI18n } from "../../i18n/index.js";
import type { DebateSummary, Stance } from "./types.js";

/** A reply's stance, in words and with a mark, so that it never rests on colour alone. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useI18n();
  const mark = { for: "+", against: "−", neutral: "=", question: "?" }[stance];
  return (
    <span class={`badge stance stance-${stance}`}>
      <span aria-hidden="true" class="stance-mark">
        {mark}
      </span>
      <span class="visually-hidden">{t("debate.stanceOf", { stance: t(`stance.${stance}`) })}</span>
      <span aria-hidden="true">{t(`stance.${stance}`)}</span>
    </span>
  );
}

/** Locked, closed and pinned, as badges; an open debate shows nothing. */
export function DebateBadges({ debate }: { debate: Pick<DebateSummary, "status" | "pinned"> }) {
  const { t } = useI18n();
  return (
    <>
      {debate.pinned && <span class="badge debate-pinned">{t("debates.pinned")}</span>}
      {debate.status !== "open" && (
        <span class={`badge debate-status-${debate.status}`}>{t(`debates.status.${debate.status}`)}</span>
      )}
    </>
  );
}
