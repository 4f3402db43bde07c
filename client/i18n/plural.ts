/**
 * Plural forms inside a message, in the shape ICU MessageFormat gives them:
 * `{count, plural, one {جمعية واحدة} two {جمعيتان} few {# جمعيات} other {# جمعية}}`. The form is
 * chosen by `Intl.PluralRules` for the language (Arabic has six: zero, one, two, few, many, other);
 * `=N` picks an exact number first; `#` stands for the number, formatted for the locale.
 */

const pluralBlock = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const pluralForm = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const rulesByLocale = new Map<string, Intl.PluralRules>();
function rulesFor(intlLocale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(intlLocale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale);
    rulesByLocale.set(intlLocale, rules);
  }
  return rules;
}

/**
 * The message with each plural block replaced by the form its number needs. A block whose parameter
 * is missing or not a number is left as written (the placeholder shows, as for any missing parameter).
 */
export function selectPlurals(
  template: string,
  params: Record<string, string | number>,
  intlLocale: string,
  format: (value: number) => string,
): string {
  return template.replace(pluralBlock, (block, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== "number") return block;
    const forms = new Map<string, string>();
    for (const [, key, text] of body.matchAll(pluralForm)) forms.set(key as string, text as string);
    const text = forms.get(`=${value}`) ?? forms.get(rulesFor(intlLocale).select(value)) ?? forms.get("other") ?? block;
    return text.replaceAll("#", format(value));
  });
}
