import type { Money } from '@urcard/sdk';

/** Money, dates, data sizes and countdowns for one locale, always through `Intl`. */
export class Format {
  readonly locale: string;
  readonly #money = new Map<string, Intl.NumberFormat>();
  readonly #date: Intl.DateTimeFormat;
  readonly #dateTime: Intl.DateTimeFormat;
  readonly #gb: Intl.NumberFormat;
  readonly #mb: Intl.NumberFormat;
  readonly #list: Intl.ListFormat;
  readonly #regions: Intl.DisplayNames;
  readonly #twoDigits: Intl.NumberFormat;

  constructor(locale: string) {
    this.locale = locale;
    this.#date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    this.#dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    this.#gb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 });
    this.#mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
    this.#list = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
    this.#regions = new Intl.DisplayNames(locale, { type: 'region' });
    this.#twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  }

  /** `{ amount: 1299, currency: 'USD' }` → "$12.99"; JPY and KRW have no minor unit. */
  money(money: Money): string {
    let nf = this.#money.get(money.currency);
    if (!nf) {
      nf = new Intl.NumberFormat(this.locale, { style: 'currency', currency: money.currency });
      this.#money.set(money.currency, nf);
    }
    // ISO 4217's minor unit, as Intl knows it (the same as the contract's CURRENCY_MINOR_UNITS: a test ties them).
    return nf.format(money.amount / 10 ** (nf.resolvedOptions().maximumFractionDigits ?? 2));
  }

  date(iso: string): string {
    return this.#date.format(new Date(iso));
  }

  dateTime(iso: string): string {
    return this.#dateTime.format(new Date(iso));
  }

  /** Megabytes as "512 MB" or "1.5 GB"; null means unlimited and is left to the caller. */
  data(mb: number): string {
    return mb >= 1024 ? this.#gb.format(mb / 1024) : this.#mb.format(mb);
  }

  /** A wait in seconds as "14:05" or "1:02:03". */
  countdown(totalSeconds: number): string {
    const s = Math.max(0, Math.ceil(totalSeconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = this.#twoDigits.format(s % 60);
    return h > 0 ? `${h}:${this.#twoDigits.format(m)}:${rest}` : `${m}:${rest}`;
  }

  /** ISO 3166 codes as a localised list of country names. */
  countries(codes: string[]): string {
    return this.#list.format(codes.map((code) => this.#regions.of(code) ?? code));
  }
}
