import type { ComponentChildren } from "preact";

type Props = {
  /** The message as the catalogue writes it, with `{name}` placeholders (the untranslated template). */
  template: string;
  /** What each placeholder shows: text or an element (a link). Each is isolated from the sentence's direction. */
  slots: Record<string, ComponentChildren>;
};

/**
 * A translated sentence whose placeholders are elements, not only text: «{actor}: قبول طلب عضوية
 * {association}» with links in it. A placeholder without a slot shows as written.
 */
export function Sentence({ template, slots }: Props) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        return part in slots ? <bdi key={index}>{slots[part]}</bdi> : `{${part}}`;
      })}
    </>
  );
}
