import type { ContentLocale, Money } from '@urcard/sdk';
import { CURRENCY_MINOR_UNITS } from '@urcard/sdk';
import type { OrderRecord } from '../store/types.ts';
import { RECEIPT_CATALOGUES } from './messages/index.ts';

export type ReceiptKind = 'receipt' | 'refund';
export const RECEIPT_KINDS = ['receipt', 'refund'] as const satisfies readonly ReceiptKind[];

export interface RenderedEmail {
  locale: ContentLocale;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function money(locale: string, { amount, currency }: Money): string {
  const digits = (CURRENCY_MINOR_UNITS as Record<string, number>)[currency] ?? 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** digits);
}

/** Intl.Locale's text info (ES2024 Intl Locale Info; Node has it, TypeScript's es2023 lib does not declare it). */
type WithTextInfo = Intl.Locale & { getTextInfo?(): { direction?: 'ltr' | 'rtl' } };

/** `rtl` or `ltr`, from the locale's own CLDR data. */
const direction = (locale: string) => (new Intl.Locale(locale) as WithTextInfo).getTextInfo?.().direction ?? 'ltr';

const date = (locale: string, at: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));

/** What the domain decided about an email: who sold, in which locale, and the plan's name in that locale. */
export interface ReceiptContext {
  seller: string;
  locale: ContentLocale;
  planName: string;
}

/**
 * A receipt (the renewal applied) or a refund notice for an order, in `locale`: plan, amount, discount, new
 * expiry, seller and receipt number; text and HTML with the same lines, the HTML with the locale's `lang` and
 * writing direction (`dir="rtl"` for Arabic and Hebrew).
 */
export function renderReceiptEmail(
  kind: ReceiptKind,
  order: OrderRecord,
  { seller, locale, planName }: ReceiptContext,
): RenderedEmail {
  const m = RECEIPT_CATALOGUES[locale];
  const number = order.receipt?.number ?? order.id;
  const rows: [string, string][] = [
    [m.receiptNumber, number],
    [m.seller, seller],
    [m.card, order.maskedCardNumber],
    [m.plan, planName],
  ];
  let subject: string;
  let intro: string;
  if (kind === 'receipt') {
    subject = m.receiptSubject({ seller, number });
    intro = m.receiptIntro({ seller });
    if (order.discount.amount > 0) {
      rows.push([m.subtotal, money(locale, order.subtotal)], [m.discount, `−${money(locale, order.discount)}`]);
    }
    rows.push([m.amountPaid, money(locale, order.total)]);
    if (order.receipt) rows.push([m.newExpiry, date(locale, order.receipt.newExpiresAt)]);
  } else {
    const refunded = order.refund?.amount ?? order.total;
    subject = m.refundSubject({ seller, number });
    intro = m.refundIntro({ seller, amount: money(locale, refunded) });
    rows.push([m.amountRefunded, money(locale, refunded)]);
    if (order.refund?.reason) rows.push([m.reason, order.refund.reason]);
  }
  const text = [intro, '', ...rows.map(([k, v]) => `${k}: ${v}`), '', m.footer, ''].join('\n');
  const html = `<!doctype html><html lang="${locale}" dir="${direction(locale)}"><body><p>${escapeHtml(intro)}</p><table>${rows
    .map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</table><p>${escapeHtml(m.footer)}</p></body></html>`;
  return { locale, subject, text, html };
}
