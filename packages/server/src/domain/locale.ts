import type { ContentLocale } from '@urcard/sdk';
import { CONTENT_LOCALES, DEFAULT_CONTENT_LOCALE } from '@urcard/sdk';

const BY_LOWER = new Map<string, ContentLocale>(CONTENT_LOCALES.map((l) => [l.toLowerCase(), l]));

/** Languages answered by one content locale whatever the region or script (`pt-PT` reads pt-BR, `tl` is fil). */
const LANGUAGE_FALLBACK: Record<string, ContentLocale> = { pt: 'pt-BR', tl: 'fil', in: 'id', iw: 'he' };

/** The content locale that serves one BCP 47 tag, or null: exact, then Chinese by script, then by language. */
export function matchLocale(tag: string): ContentLocale | null {
  const normalised = tag.trim().replaceAll('_', '-');
  const exact = BY_LOWER.get(normalised.toLowerCase());
  if (exact) return exact;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(normalised);
  } catch {
    return null;
  }
  const language = locale.language.toLowerCase();
  // zh-Hant, zh-HK, zh-MO read Traditional; zh, zh-Hans, zh-SG Simplified.
  if (language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
  return LANGUAGE_FALLBACK[language] ?? BY_LOWER.get(language) ?? null;
}

/** Tags of `Accept-Language` looked at; browsers send a handful. */
const MAX_TAGS = 32;

/** The tags of an `Accept-Language` header, best first (by q-value, then by order); q=0 and `*` left out. */
export function acceptedTags(header: string): string[] {
  return header
    .split(',', MAX_TAGS)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag !== '' && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}

/**
 * The locale to answer in: the explicit `locale` parameter if the catalogue serves it, else the best tag of
 * `Accept-Language` it serves, else English.
 */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): ContentLocale {
  const candidates = [...(explicit ? [explicit] : []), ...acceptedTags(acceptLanguage ?? '')];
  for (const tag of candidates) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_CONTENT_LOCALE;
}
