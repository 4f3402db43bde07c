import type { ActionStatus, ProgrammeItemState, ProgrammeStatus } from "../../../common/programmes.js";
import { useI18n } from "../../i18n/index.js";

/** A calendar day (YYYY-MM-DD) as a moment inside that day wherever the reader is. */
export const dayDate = (day: string) => new Date(`${day}T12:00:00`);

export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useI18n();
  return <span class={`badge programme-status programme-status-${status}`}>{t(`programmeStatus.${status}`)}</span>;
}

export function ItemBadge({ state }: { state: ProgrammeItemState }) {
  const { t } = useI18n();
  return <span class={`badge programme-item programme-item-${state}`}>{t(`programmeItem.${state}`)}</span>;
}

export function ActionBadge({ status, overdue }: { status: ActionStatus; overdue?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span class={`badge action-status action-status-${status}`}>{t(`actionStatus.${status}`)}</span>
      {overdue && <span class="badge action-overdue">{t("programme.overdue")}</span>}
    </>
  );
}

/** A progress bar with its figure in words beside it (the bar only repeats it). */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { formatNumber } = useI18n();
  return (
    <div class="progress-line">
      <progress max={100} value={value} aria-label={label} />
      <span>{formatNumber(value / 100, { style: "percent" })}</span>
    </div>
  );
}
