import { useEffect, useState } from "preact/hooks";
import type { LiveState } from "../../../common/sessions.js";
import { sessionLimits } from "../../../common/sessions.js";
import { useResource } from "../../components/useResource.js";
import { useI18n } from "../../i18n/index.js";
import { fetchVotableProposals } from "./api.js";
import { type Act, ActionMessage, useAction } from "./panels.js";

type Draft = { id?: string; key: string; title: string; budgetMinutes: number; proposalId: string | null };

const draftOf = (state: LiveState): Draft[] =>
  state.agenda.map((item) => ({
    id: item.id,
    key: item.id,
    title: item.title,
    budgetMinutes: item.budgetMinutes,
    proposalId: item.proposalId,
  }));

/**
 * The moderator edits the agenda while the session runs: add, reorder, change a title or a budget,
 * link a proposal, remove an item not yet taken. Saving sends the whole list; everyone sees it live.
 */
export function AgendaEditor({ state, act }: { state: LiveState; act: Act }) {
  const { t } = useI18n();
  const action = useAction(act);
  const [items, setItems] = useState<Draft[]>(() => draftOf(state));
  // Another moderator's change (or this one's, saved) replaces the draft.
  const stored = JSON.stringify(state.agenda);
  useEffect(() => setItems(draftOf(state)), [stored]);
  const proposals = useResource(() => fetchVotableProposals(), []);
  const taken = new Set(state.agenda.filter((item) => item.startedAt).map((item) => item.id));
  const change = (index: number, patch: Partial<Draft>) =>
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const choices = proposals.data?.items ?? [];

  return (
    <details class="live-panel">
      <summary>{t("sessions.editAgenda")}</summary>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run({
            action: "agenda",
            items: items.map(({ id, title, budgetMinutes, proposalId }) => ({
              ...(id ? { id } : {}),
              title,
              budgetMinutes,
              proposalId,
            })),
          });
        }}
      >
        <ol class="agenda-editor">
          {items.map((item, index) => (
            <li key={item.key} class="stack">
              <label for={`agenda-title-${item.key}`}>{t("sessions.itemTitle", { n: index + 1 })}</label>
              <input
                id={`agenda-title-${item.key}`}
                dir="auto"
                required
                maxLength={sessionLimits.titleMax}
                value={item.title}
                onInput={(e) => change(index, { title: (e.target as HTMLInputElement).value })}
              />
              <div class="agenda-editor-row">
                <label>
                  {t("sessions.itemBudget")}{" "}
                  <input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={600}
                    required
                    value={item.budgetMinutes}
                    onInput={(e) => change(index, { budgetMinutes: Number((e.target as HTMLInputElement).value) })}
                  />
                </label>
                <label>
                  {t("sessions.itemProposal")}{" "}
                  <select
                    value={item.proposalId ?? ""}
                    onChange={(e) => change(index, { proposalId: (e.target as HTMLSelectElement).value || null })}
                  >
                    <option value="">{t("sessions.noProposal")}</option>
                    {item.proposalId && !choices.some((p) => p.id === item.proposalId) && (
                      <option value={item.proposalId}>{t("sessions.linkedProposal")}</option>
                    )}
                    {choices.map((proposal) => (
                      <option key={proposal.id} value={proposal.id}>
                        {proposal.title}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div class="live-buttons">
                <button type="button" class="button-quiet" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t("sessions.moveUp", { name: item.title || t("sessions.itemTitle", { n: index + 1 }) })}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t("sessions.moveDown", { name: item.title || t("sessions.itemTitle", { n: index + 1 }) })}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  disabled={!!item.id && taken.has(item.id)}
                  title={item.id && taken.has(item.id) ? t("sessions.reason.item_taken") : undefined}
                  onClick={() => setItems((list) => list.filter((_, i) => i !== index))}
                >
                  {t("sessions.removeItem")}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div class="live-buttons">
          <button
            type="button"
            class="button-quiet"
            disabled={items.length >= sessionLimits.agendaMax}
            onClick={() =>
              setItems((list) => [
                ...list,
                { key: crypto.randomUUID(), title: "", budgetMinutes: 15, proposalId: null },
              ])
            }
          >
            {t("sessions.addItem")}
          </button>
          <button type="submit" class="button">
            {t("sessions.saveAgenda")}
          </button>
        </div>
      </form>
      <ActionMessage message={action.message} />
    </details>
  );
}
