import { en } from '../domain/catalogue-text/en.ts';

/** Words English shares with other languages as loanwords, brands or units: not counted as English left over. */
export const LOANWORDS: ReadonlySet<string> = new Set([
  'hotspot',
  'tethering',
  'data',
  'support',
  'premium',
  'basic',
  'advanced',
  'custom',
  'esim',
]);

/** Template placeholders (`{minutes}`) are code, not text. */
const withoutPlaceholders = (s: string) => s.replace(/\{\w+\}/g, ' ');

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [withoutPlaceholders(value)];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every word of four letters or more in some English text, lower-cased, loanwords left out. */
export function englishWords(value: unknown, loanwords: ReadonlySet<string> = LOANWORDS): ReadonlySet<string> {
  return new Set(
    strings(value)
      .flatMap((s) => s.toLowerCase().match(/[a-z]{4,}/g) ?? [])
      .filter((w) => !loanwords.has(w)),
  );
}

/** Every word of four letters or more in the English catalogue, lower-cased, loanwords left out. */
export const ENGLISH_WORDS: ReadonlySet<string> = englishWords(en);

/** The English words (of the catalogue, or of `words`) found in `text` (none in a translation). */
export function englishLeftIn(text: string, words: ReadonlySet<string> = ENGLISH_WORDS): string[] {
  return (
    withoutPlaceholders(text)
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? []
  ).filter((w) => words.has(w));
}

export { strings as allStrings };
