/** The forms of a word that agree with a number; Swedish and English need only these two. */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The word that agrees with n, by the language's plural rules (Intl.PluralRules, not n === 1 by hand). */
export function pluralOf(locale: 'sv' | 'en', n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(n) === 'one' ? forms.one : forms.other;
}

/** "1 åtgärd", "38 åtgärder". */
export const counted = (locale: 'sv' | 'en', n: number, forms: PluralForms) => `${n} ${pluralOf(locale, n, forms)}`;
