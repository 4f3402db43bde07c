/** Arabic letters, in the blocks the interface's text uses. */
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/**
 * A Latin fragment: from a Latin letter, digit or slash up to the next space, Arabic letter or bidi
 * control (an interpolated value comes already wrapped in U+2068 … U+2069, which must stay paired).
 */
const fragment =
  /[A-Za-z0-9/][^\s\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]*/g;
/** Punctuation that closes the sentence around a fragment, not the fragment itself. */
const closing = /[.,;:!?)\]»]+$/;

/**
 * Splits a sentence into its text and its Latin fragments (addresses, codes, examples), each of which
 * is to be shown in its own left-to-right isolate. Only text with Arabic letters is split: a French
 * sentence runs left to right already. Fragments without a Latin letter or a slash (plain numbers)
 * stay in the sentence.
 */
export function splitLatin(text: string): { text: string; latin: boolean }[] {
  if (!arabic.test(text)) return [{ text, latin: false }];
  const parts: { text: string; latin: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(fragment)) {
    const found = match[0].replace(closing, "");
    if (!/[A-Za-z/]/.test(found)) continue;
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start), latin: false });
    parts.push({ text: found, latin: true });
    at = start + found.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), latin: false });
  return parts;
}

/**
 * A sentence of the interface in which every Latin fragment is isolated left to right, so that
 * «يبدأ بـ https://» never shows as «//:https» and an address is never reversed.
 */
export function BidiText({ text }: { text: string }) {
  return (
    <>
      {splitLatin(text).map((part, index) =>
        part.latin ? (
          <bdi key={index} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
