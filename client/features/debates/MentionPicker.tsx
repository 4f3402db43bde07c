import { useEffect, useId, useState } from "preact/hooks";
import { useI18n } from "../../i18n/index.js";
import { fetchMentionCandidates } from "./api.js";
import type { MentionCandidate } from "./types.js";

type Props = {
  chosen: MentionCandidate[];
  onChosen: (people: MentionCandidate[]) => void;
  /** Adds `@name` to the text being written. */
  onInsert: (text: string) => void;
};

/**
 * «ذكر عضو»: finds members by name and adds each one chosen to the text (`@name`) and to the people the
 * server notifies. A list of buttons rather than a pop-up, so that it reads the same by keyboard and
 * with a screen reader.
 */
export function MentionPicker({ chosen, onChosen, onInsert }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<MentionCandidate[]>([]);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) return setFound([]);
    let current = true;
    const timer = setTimeout(() => {
      fetchMentionCandidates(query).then(
        (people) => current && setFound(people),
        () => current && setFound([]),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  const choose = (person: MentionCandidate) => {
    if (!chosen.some((item) => item.id === person.id)) onChosen([...chosen, person]);
    onInsert(`@${person.name} `);
    setQ("");
    setFound([]);
  };

  return (
    <div class="mention-picker">
      <label for={`${id}-q`}>{t("mention.label")}</label>
      <input
        id={`${id}-q`}
        type="search"
        dir="auto"
        autoComplete="off"
        value={q}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setQ(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="field-hint">
        {t("mention.hint")}
      </p>
      {found.length > 0 && (
        <ul class="mention-results" aria-label={t("mention.results")}>
          {found.map((person) => (
            <li key={person.id}>
              <button type="button" class="button-quiet" onClick={() => choose(person)}>
                <bdi>{person.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <p class="muted" role="status">
          {t("mention.chosen", { people: chosen.map((person) => person.name).join("، ") })}
        </p>
      )}
    </div>
  );
}
