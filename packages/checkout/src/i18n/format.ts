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

  constructor(locale: string) {
    this.locale = locale;
    this.#date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    this.#dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    this.#gb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 });
    this.#mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
    this.#list = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
    this.#regions = new Intl.DisplayNames(locale, { type: 'region' });
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

  /**
   * A wait in seconds as a duration, "14 min, 5 sec" (not a clock time, "14:05"): Intl.DurationFormat where the
   * browser has it, else each unit through Intl.NumberFormat ("14 min 5 sec"). Units that are zero are left out (a wait that is over is not shown).
   */
  countdown(totalSeconds: number): string {
    const s = Math.max(0, Math.ceil(totalSeconds));
    const parts = { hours: (s / 3600) | 0, minutes: ((s % 3600) / 60) | 0, seconds: s % 60 };
    const { DurationFormat } = Intl as unknown as Record<string, new (l: string, o: object) => Intl.ListFormat>;
    if (DurationFormat) return new DurationFormat(this.locale, { style: 'short' }).format(parts as never);
    return Object.entries(parts)
      .filter(([, n]) => n)
      .map(([unit, n]) => n.toLocaleString(this.locale, { style: 'unit', unit: unit.slice(0, -1) }))
      .join(' ');
  }

  /** ISO 3166 codes as a localised list of country names. */
  countries(codes: string[]): string {
    return this.#list.format(codes.map((code) => this.#regions.of(code) ?? code));
  }
}
