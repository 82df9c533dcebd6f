// Schema-free, like enums.ts, but in a module of its own: only the SDK client and the server need it, and a widget
// bundle that shares enums.ts between its first download and its lazy chunks then does not carry the list up front.

/**
 * Locales the server's catalogue (plan names, descriptions, offers, promo descriptions, customer-facing reasons) is
 * written in: the widget's ten and the ten of issue 11. The first is the default and the fallback.
 */
export const CONTENT_LOCALES = [
  'en',
  'zh-CN',
  'zh-TW',
  'ja',
  'ko',
  'es',
  'fr',
  'de',
  'th',
  'vi',
  'ar',
  'he',
  'pt-BR',
  'id',
  'ms',
  'it',
  'ru',
  'tr',
  'hi',
  'fil',
] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const DEFAULT_CONTENT_LOCALE: ContentLocale = 'en';
