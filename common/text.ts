/**
 * What text from outside may contain, shared by every check: control characters are refused
 * everywhere (PostgreSQL refuses U+0000 in text outright), names must show visible letters, and file
 * names are cleaned of anything that reorders or hides what a reader sees.
 */

// C0 controls except tab, line feed and carriage return (Markdown and notes keep their lines); DEL; C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A UTF-16 half without its other half: not text, and not storable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a control character or a lone surrogate (refused in any input). */
export function hasForbiddenCharacter(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/**
 * The paths (dotted, like validation errors) of every string in `value` that holds a forbidden
 * character, keys included; empty when the whole value is clean.
 */
export function forbiddenCharacterPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (hasForbiddenCharacter(value)) found.push(path.join(".") || "(root)");
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) forbiddenCharacterPaths(item, [...path, String(index)], found);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacter(key)) found.push([...path, key].join("."));
      forbiddenCharacterPaths(item, [...path, key], found);
    }
  }
  return found;
}

// Format characters (zero-width, bidi marks and controls, Arabic number signs U+0600-U+0605, the Arabic
// letter mark U+061C, ...), separators and other blanks that show nothing at either end of a name.
const INVISIBLE_EDGES = /^[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0]+|[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0]+$/gu;
// Embeddings, overrides and isolates: inside a name they reorder what is shown around it.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// A letter or a digit, which every name must show (the Hangul fillers are letters that show nothing).
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0])[\p{L}\p{N}]/u;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

/** A name as stored: NFC, without invisible characters at its ends. */
export function cleanName(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE_EDGES, "");
}

/** Why a cleaned name is refused: no visible letter, or a bidi control that reorders it; else undefined. */
export function nameProblem(name: string): "no_visible_letters" | "bidi_control" | undefined {
  if (!VISIBLE.test(name)) return "no_visible_letters";
  if (BIDI_CONTROLS.test(name)) return "bidi_control";
  return undefined;
}

/** Whether a name holds at least one Arabic letter (not merely an Arabic sign or mark). */
export const hasArabicLetter = (name: string): boolean => ARABIC_LETTER.test(name);

/**
 * A file name fit to show or to suggest for a download: NFC, without control, format (bidi,
 * zero-width) or path characters, at most `max` characters; empty when nothing is left.
 */
export function displayFileName(name: string, max = 200): string {
  return [
    ...name
      .normalize("NFC")
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
      .replace(/[/\\]/g, "_")
      .trim(),
  ]
    .slice(0, max)
    .join("");
}
