import type { Messages } from './messages.ts';

/**
 * The catalogues the widget can show, each loaded on demand except English (bundled).
 * Adding a locale: write `i18n/<tag>.ts` from `en.ts` (`export default { … } satisfies Messages`), then add one
 * line here. The tag is what `locale="…"` and `<html lang="…">` resolve to.
 */
export const LOCALE_LOADERS: Record<string, () => Promise<{ default: Messages }>> = {
  'zh-CN': () => import('./zh-CN.ts'),
  'zh-TW': () => import('./zh-TW.ts'),
  ja: () => import('./ja.ts'),
  ko: () => import('./ko.ts'),
  es: () => import('./es.ts'),
  fr: () => import('./fr.ts'),
  de: () => import('./de.ts'),
  th: () => import('./th.ts'),
  vi: () => import('./vi.ts'),
  ar: () => import('./ar.ts'),
  he: () => import('./he.ts'),
  'pt-BR': () => import('./pt-BR.ts'),
  id: () => import('./id.ts'),
  ms: () => import('./ms.ts'),
  it: () => import('./it.ts'),
  ru: () => import('./ru.ts'),
  tr: () => import('./tr.ts'),
  hi: () => import('./hi.ts'),
  fil: () => import('./fil.ts'),
};

/** The catalogues written right to left; the widget sets `dir="rtl"` inside its shadow root for them. */
export const RTL_LOCALES = ['ar', 'he'];

export const DEFAULT_LOCALE = 'en';

/** Every locale that has a catalogue: English plus the loadable ones. */
export function availableLocales(): string[] {
  return [DEFAULT_LOCALE, ...Object.keys(LOCALE_LOADERS)];
}

/**
 * The closest available catalogue for a BCP 47 tag: exact match, then the Chinese script (`zh-HK`, `zh-Hant` →
 * `zh-TW`; `zh`, `zh-SG` → `zh-CN`), then the same language in another region (`es-MX` → `es`, `pt-PT` → `pt-BR`;
 * Tagalog `tl` → Filipino `fil`), else English. `isFallback` tells the last case apart.
 */
export function matchLocale(requested: string | null | undefined, available = availableLocales()): string {
  if (!requested) return DEFAULT_LOCALE;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(requested);
  } catch {
    return DEFAULT_LOCALE;
  }
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const exact = byLower.get(locale.toString().toLowerCase());
  if (exact) return exact;
  const max = locale.maximize();
  const language = max.language === 'tl' ? 'fil' : max.language;
  if (language === 'zh') {
    const traditional = max.script === 'Hant';
    const preferred = traditional ? ['zh-TW', 'zh-HK'] : ['zh-CN', 'zh-SG'];
    for (const tag of preferred) {
      const hit = byLower.get(tag.toLowerCase());
      if (hit) return hit;
    }
    // Never show Traditional readers Simplified (or the reverse) when the other is missing: fall through to English.
    return DEFAULT_LOCALE;
  }
  const regional = byLower.get(`${language}-${max.region}`.toLowerCase());
  if (regional) return regional;
  const sameLanguage = available.find((tag) => new Intl.Locale(tag).language === language);
  return sameLanguage ?? DEFAULT_LOCALE;
}

/** True when `requested` had no catalogue of its language and English stands in (`sw`, `xx`), not for `en-GB`. */
export const isFallback = (requested: string, matched: string): boolean =>
  matched === DEFAULT_LOCALE && !/^en\b/i.test(requested);
