import { useRef, useState } from "preact/hooks";
import type { VoteOption } from "../../../common/tally.js";
import { useI18n } from "../../i18n/index.js";

/**
 * Ordering the options for a ranked ballot without dragging: each ranked option has «up» and «down»
 * buttons and answers the arrow keys; options left out can be added at the end and taken out again.
 * Every move is announced, and focus stays on the option that moved.
 */
export function RankingControl({
  options,
  ranking,
  onRanking,
}: {
  options: VoteOption[];
  ranking: string[];
  onRanking: (ranking: string[]) => void;
}) {
  const { t } = useI18n();
  const [announce, setAnnounce] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  const rest = options.filter((option) => !ranking.includes(option.id));

  // Focus follows the option that moved; a button disabled at the top or bottom hands it to the next one.
  const focusItem = (id: string, control: string) =>
    requestAnimationFrame(() => {
      const item = list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
      const buttons = [control, "up", "down", "remove"].map((name) =>
        item?.querySelector<HTMLButtonElement>(`[data-control="${name}"]`),
      );
      buttons.find((button) => button && !button.disabled)?.focus();
    });

  const move = (id: string, by: -1 | 1, control: string) => {
    const from = ranking.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ranking.length) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onRanking(next);
    setAnnounce(t("votes.ranked.moved", { label: label(id), position: to + 1 }));
    focusItem(id, control);
  };

  // On either move button, the arrow keys move the option too, and focus stays with it.
  const arrows = (id: string, control: string) => (event: KeyboardEvent) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    move(id, event.key === "ArrowUp" ? -1 : 1, control);
  };

  return (
    <div class="ranking">
      <p class="field-hint" id="ranking-keys">
        {t("votes.ranked.keys")}
      </p>
      <h3 id="ranking-yours">{t("votes.ranked.yours")}</h3>
      {ranking.length === 0 && <p class="muted">{t("votes.ranked.emptyRanking")}</p>}
      <ol class="ranking-list" ref={list} aria-labelledby="ranking-yours">
        {ranking.map((id, index) => (
          <li key={id} data-id={id} class="ranking-item">
            <span class="ranking-label">
              <span class="ranking-position" aria-hidden="true">
                {index + 1}
              </span>
              <bdi>{label(id)}</bdi>
            </span>
            <span class="ranking-buttons">
              <button
                type="button"
                class="button-quiet"
                data-control="up"
                aria-label={t("votes.ranked.up", { label: label(id) })}
                disabled={index === 0}
                aria-describedby="ranking-keys"
                onKeyDown={arrows(id, "up")}
                onClick={() => move(id, -1, "up")}
              >
                ↑
              </button>
              <button
                type="button"
                class="button-quiet"
                data-control="down"
                aria-label={t("votes.ranked.down", { label: label(id) })}
                disabled={index === ranking.length - 1}
                aria-describedby="ranking-keys"
                onKeyDown={arrows(id, "down")}
                onClick={() => move(id, 1, "down")}
              >
                ↓
              </button>
              <button
                type="button"
                class="button-quiet"
                data-control="remove"
                aria-label={t("votes.ranked.remove", { label: label(id) })}
                onClick={() => {
                  onRanking(ranking.filter((other) => other !== id));
                  setAnnounce(t("votes.ranked.removed", { label: label(id) }));
                }}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      {rest.length > 0 && (
        <>
          <h3 id="ranking-rest">{t("votes.ranked.rest")}</h3>
          <ul class="ranking-rest" aria-labelledby="ranking-rest">
            {rest.map((option) => (
              <li key={option.id}>
                <bdi>{option.label}</bdi>
                <button
                  type="button"
                  class="button-quiet"
                  aria-label={t("votes.ranked.add", { label: option.label })}
                  onClick={() => {
                    onRanking([...ranking, option.id]);
                    setAnnounce(t("votes.ranked.added", { label: option.label, position: ranking.length + 1 }));
                    focusItem(option.id, "up");
                  }}
                >
                  +
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
