/**
 * Text to put inside a LIKE or ILIKE pattern so that it matches itself only: `%`, `_` and the escape
 * character `\` (PostgreSQL's default) lose their meaning.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
