const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** Plural forms by CLDR category; `other` is always required. `#` is replaced by the number, formatted. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form of `n` in `locale` with `Intl.PluralRules`. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  let number = numbers.get(locale);
  if (!number) {
    number = new Intl.NumberFormat(locale);
    numbers.set(locale, number);
  }
  // An explicit `zero` form is used for 0 even where CLDR has no such category (English "no attempts left").
  const form = (n === 0 ? forms.zero : undefined) ?? forms[rule.select(n)] ?? forms.other;
  return form.replace('#', number.format(n));
}
