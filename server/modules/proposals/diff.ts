import { diffWords } from "diff";
import type { DiffPart } from "../../../common/proposals.js";

/**
 * Words as the language sees them: without a segmenter the diff library cuts Arabic words in the
 * middle (it treats only Latin letters as word characters), so «المدنية» → «الفعلية» would show
 * as a change of three letters inside one word.
 */
const segmenter = new Intl.Segmenter("ar", { granularity: "word" });

/** The word-level difference from `before` to `after`, as parts to render with <del> and <ins>. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after, { intlSegmenter: segmenter })) {
    const kind = change.added ? "ins" : change.removed ? "del" : "same";
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/** Where `passage` occurs in `text`: the index when it occurs exactly once, else null. */
function onlyOccurrence(text: string, passage: string): number | null {
  const first = text.indexOf(passage);
  if (first < 0) return null;
  return text.indexOf(passage, first + 1) < 0 ? first : null;
}

/**
 * The text with its one occurrence of `passage` replaced, or null when the passage is missing or
 * found more than once (which occurrence was meant cannot then be told).
 */
export function replacePassage(text: string, passage: string, replacement: string): string | null {
  if (passage.length === 0) return null;
  const at = onlyOccurrence(text, passage);
  return at === null ? null : text.slice(0, at) + replacement + text.slice(at + passage.length);
}
