import type { Messages } from '../i18n/messages.ts';

/** English strings that stay as they are in every language: brands, technical names, short codes. */
export const UNIVERSAL = new Set(['4G/LTE', '5G', 'VPN', 'eSIM', 'PIN', 'Alipay', 'WeChat Pay']);

/**
 * Keys whose value may be the same as in English in one language because that is what a native writer puts there
 * (the word is spelled the same, or a structure of placeholders and commas only). Everything else must be translated.
 */
export const SAME_AS_ENGLISH: Record<string, string[]> = {
  es: ['stepNames.plan', 'receiptPlan', 'subtotal', 'total', 'features.sms_100', 'boundCardOption'],
  fr: ['cardStatus.active', 'total', 'minutesCount', 'features.sms_100', 'boundCardOption'],
  de: ['features.hotspot', 'features.sms_100', 'boundCardOption'],
};

/** Brand and unit names a translated text may show as they are (the walk test's allow-list). */
export const BRANDS_AND_UNITS = [
  'UR',
  'eSIM',
  'SIM',
  'Visa',
  'Mastercard',
  'Alipay',
  'WeChat Pay',
  'GB',
  'MB',
  'ICCID',
  'PIN',
  'SMS',
  '4G/LTE',
  '5G',
  'LTE',
  '3-D Secure',
];

export type Leaf = { path: string; value: unknown };

/** Every string and function of a catalogue, by dotted path (`errors.timeout`), nested records included. */
export function leaves(value: unknown, prefix = ''): Leaf[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value }];
}

/** Stands for an argument: a function's output is cut at it, leaving its fixed English. */
const MARK = '\uE000';

export interface EnglishText {
  /** Every English string as a whole (static strings, the server's texts), with the keys it comes from. */
  whole: Map<string, string[]>;
  /** English phrases of two words or more, brand and unit names aside (parts of sentences, of function outputs). */
  phrases: string[];
  /** Each message function's output with its arguments as wildcards, where its fixed part has two words or more. */
  patterns: RegExp[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const withoutBrands = (text: string) => BRANDS_AND_UNITS.reduce((rest, term) => rest.split(term).join(' '), text);
/** Words with letters in `text`, brand and unit names aside. */
const words = (text: string) =>
  withoutBrands(text)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w)).length;
/** An argument's value in an output: the marker, NaN (a count given the marker), or a number. */
const ARGUMENT = new RegExp(`${MARK}|NaN|-?\\d+`, 'g');

/**
 * What counts as English, read from the English catalogue itself (so keys added later are covered) and from the
 * server's English catalogue text: every string whole, the two-word-or-longer phrases of every string and of every
 * message function's output around its arguments, and each function's output as a pattern (its arguments given as a
 * marker, as counts 0, 1, 2 and -2).
 */
export function englishText(en: Messages, server: unknown): EnglishText {
  const whole = new Map<string, string[]>();
  const phrases = new Set<string>();
  const patterns = new Map<string, RegExp>();
  const addPhrases = (text: string) => {
    for (const piece of text.split(/[.:;!?,]\s|[.:;!?]$|\{\w+\}/)) {
      const phrase = squash(piece);
      if (words(phrase) >= 2) phrases.add(phrase);
    }
  };
  const add = (path: string, text: string) => {
    const t = squash(text);
    if (!t) return;
    whole.set(t, [...(whole.get(t) ?? []), path]);
    addPhrases(t);
  };
  for (const { path, value } of leaves(en)) {
    if (typeof value === 'string') add(path, value);
    if (typeof value !== 'function') continue;
    const fn = value as (...args: unknown[]) => unknown;
    for (const arg of [MARK, 0, 1, 2, -2]) {
      const out = fn(...Array.from({ length: Math.max(1, fn.length) }, () => arg));
      if (typeof out !== 'string') continue;
      const fixed = squash(out.replace(ARGUMENT, ' '));
      for (const part of out.split(ARGUMENT)) addPhrases(part);
      if (words(fixed) < 2) continue;
      const source = `^${out
        .split(ARGUMENT)
        .map((part) => escapeRegExp(squash(part)))
        .join('\\s*.+?\\s*')}$`;
      patterns.set(source, new RegExp(source, 'u'));
    }
  }
  for (const { path, value } of leaves(server)) if (typeof value === 'string') add(`server.${path}`, value);
  return { whole, phrases: [...phrases], patterns: [...patterns.values()] };
}

/**
 * The texts that are English: equal to an English string (unless the locale may keep that key as it is, or it is a
 * brand or unit name, or has no letters once brand and unit names are taken out), shaped like an English message
 * function's output, or containing an English phrase.
 */
export function englishIn(texts: Iterable<string>, locale: string, english: EnglishText): string[] {
  const allowedKeys = new Set(SAME_AS_ENGLISH[locale] ?? []);
  const found = new Set<string>();
  for (const raw of texts) {
    const text = squash(raw);
    if (!/\p{L}/u.test(withoutBrands(text))) continue;
    const keys = english.whole.get(text);
    if (keys && !UNIVERSAL.has(text) && !keys.some((key) => allowedKeys.has(key))) found.add(text);
    const pattern = english.patterns.find((p) => p.test(text));
    if (pattern && !keys?.some((key) => allowedKeys.has(key))) found.add(`${text} (shaped like ${pattern.source})`);
    const phrase = english.phrases.find((p) =>
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(p)}($|[^\\p{L}])`, 'u').test(text),
    );
    if (phrase) found.add(`${text} (has "${phrase}")`);
  }
  return [...found];
}

/** Every text node and accessible name (aria-label, placeholder, title, alt) in `root` and the shadow roots below. */
export function shownTexts(root: ShadowRoot | Element, out: string[] = []): string[] {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script' && node.textContent?.trim()) out.push(node.textContent);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value?.trim()) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}
