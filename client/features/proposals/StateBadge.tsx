import type { AmendmentState, ProposalState } from "../../../common/proposals.js";
import { useI18n } from "../../i18n/index.js";

/** A proposal's state in words (the colour only repeats them). */
export function StateBadge({ state }: { state: ProposalState }) {
  const { t } = useI18n();
  return <span class={`badge proposal-state proposal-state-${state}`}>{t(`proposalState.${state}`)}</span>;
}

/** An amendment's state in words. */
export function AmendmentBadge({ state }: { state: AmendmentState }) {
  const { t } = useI18n();
  return <span class={`badge proposal-state amendment-state-${state}`}>{t(`amendmentState.${state}`)}</span>;
}
