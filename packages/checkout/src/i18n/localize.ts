import type { ReactiveController, ReactiveControllerHost } from 'lit';
import enFirst from './en-first.ts';
import { Format } from './format.ts';
import { DEFAULT_LOCALE, isFallback, LOCALE_LOADERS, matchLocale } from './locales.ts';
import type { MessageOverrides, Messages } from './messages.ts';

/** What a rendering element needs to speak one locale: the strings and the formatters. */
export interface I18n {
  /** The catalogue's tag, e.g. `zh-CN`. */
  readonly locale: string;
  readonly m: Messages;
  readonly f: Format;
  /** False while English is only its first part (the frame and the card step's form): see `LocalizeController`. */
  readonly complete: boolean;
}

/**
 * English until the rest of it has loaded: the first screen's strings only. Until the catalogue in effect is whole
 * (`complete`), the frame shows nothing but the card step, and the card step no verified card, so no other string is
 * read from it. The cast is that promise.
 */
const EN_FIRST = enFirst as Messages;

/**
 * English as a whole: the first part is bundled, the rest (the plan, pay and done steps) loads on demand. Merged here
 * rather than by importing `en.ts`, which would move the first part out of the entry file into a chunk of its own.
 */
const loadEnglish = () =>
  import('./en-rest.ts').then((rest) => ({
    default: { ...enFirst, ...rest.default, errors: { ...enFirst.errors, ...rest.errors } } satisfies Messages,
  }));

// Catalogues are immutable data: one load per page, shared by every instance.
const loaded = new Map<string, Messages>();
const loading = new Map<string, Promise<Messages>>();

function load(locale: string): Promise<Messages> {
  let promise = loading.get(locale);
  if (!promise) {
    const loader = locale === DEFAULT_LOCALE ? loadEnglish : LOCALE_LOADERS[locale];
    promise = loader
      ? loader().then((module) => {
          loaded.set(locale, module.default);
          return module.default;
        })
      : load(DEFAULT_LOCALE);
    // Forget a failed load so that the next attempt retries it.
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

function merge(base: Messages, overrides: Partial<Messages> | undefined): Messages {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return out as unknown as Messages;
}

/**
 * Per-instance localisation (no page-global state, unlike `@lit/localize`): the element's `locale` first, then
 * `<html lang>`, then English. Other catalogues load on demand; until one arrives, `ready` is false.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #observer?: MutationObserver;
  #requested: string | null = null;
  #overrides: MessageOverrides | undefined;
  #i18n: I18n = { locale: DEFAULT_LOCALE, m: EN_FIRST, f: new Format(DEFAULT_LOCALE), complete: false };
  #target = DEFAULT_LOCALE;
  readonly #unsupported?: (requested: string, fallback: string) => void;
  #reported: string | null | undefined;

  /** `unsupported` hears of a `locale` that has no catalogue of its language, once per value. */
  constructor(host: ReactiveControllerHost, unsupported?: (requested: string, fallback: string) => void) {
    this.#host = host;
    this.#unsupported = unsupported;
    host.addController(this);
  }

  /** Strings and formatters for the locale in effect. */
  get i18n(): I18n {
    return this.#i18n;
  }

  /** False while the wanted catalogue is still loading (the previous one stays in effect meanwhile). */
  get ready(): boolean {
    return this.#i18n.locale === this.#target;
  }

  /**
   * False while only the first part of English is in effect: enough for the frame and the card step, not for the
   * others. `whenComplete()` fetches the rest.
   */
  get complete(): boolean {
    return this.#i18n.complete;
  }

  /** Resolves once the catalogue in effect is whole (at once but for English before its rest has loaded). */
  whenComplete(): Promise<void> {
    if (this.#i18n.complete) return Promise.resolve();
    const locale = this.#i18n.locale;
    return load(locale).then((catalogue) => {
      if (this.#i18n.locale !== locale || this.#i18n.complete) return;
      this.#apply(locale, catalogue);
      this.#host.requestUpdate();
    });
  }

  hostConnected(): void {
    if (typeof document === 'undefined') return;
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Call from the host's `willUpdate` with its `locale` and `messages`. */
  sync(requested: string | null | undefined, overrides: MessageOverrides | undefined): void {
    const wanted = requested || (typeof document === 'undefined' ? '' : document.documentElement.lang) || null;
    const target = matchLocale(wanted);
    if (requested !== this.#reported) {
      this.#reported = requested;
      if (requested && isFallback(requested, target)) this.#unsupported?.(requested, target);
    }
    if (target === this.#target && wanted === this.#requested && overrides === this.#overrides) return;
    this.#requested = wanted;
    this.#overrides = overrides;
    this.#target = target;
    const messages = loaded.get(target) ?? (target === DEFAULT_LOCALE ? EN_FIRST : undefined);
    if (messages) {
      this.#apply(target, messages);
      return;
    }
    load(target).then(
      (catalogue) => {
        if (this.#target !== target) return;
        this.#apply(target, catalogue);
        this.#host.requestUpdate();
      },
      () => {
        // The chunk failed (offline, CSP): speak English rather than nothing.
        if (this.#target !== target) return;
        this.#target = DEFAULT_LOCALE;
        this.#apply(DEFAULT_LOCALE, loaded.get(DEFAULT_LOCALE) ?? EN_FIRST);
        this.#host.requestUpdate();
      },
    );
  }

  #apply(locale: string, messages: Messages): void {
    const f = this.#i18n.locale === locale ? this.#i18n.f : new Format(locale);
    this.#i18n = { locale, m: merge(messages, this.#overrides?.[locale]), f, complete: messages !== EN_FIRST };
  }
}
