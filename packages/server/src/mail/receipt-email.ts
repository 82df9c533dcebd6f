import type { Money } from '@urcard/sdk';
import { CURRENCY_MINOR_UNITS } from '@urcard/sdk';
import type { OrderRecord } from '../store/types.ts';
import type { ReceiptLocale } from './messages/index.ts';
import { RECEIPT_CATALOGUES, receiptLocale } from './messages/index.ts';

export type ReceiptKind = 'receipt' | 'refund';
export const RECEIPT_KINDS = ['receipt', 'refund'] as const satisfies readonly ReceiptKind[];

export interface RenderedEmail {
  locale: ReceiptLocale;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function money(locale: string, { amount, currency }: Money): string {
  const digits = (CURRENCY_MINOR_UNITS as Record<string, number>)[currency] ?? 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** digits);
}

const date = (locale: string, at: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));

/**
 * A receipt (the renewal applied) or a refund notice for an order, in the order's locale: plan, amount,
 * discount, new expiry, seller and receipt number; text and HTML with the same lines.
 */
export function renderReceiptEmail(kind: ReceiptKind, order: OrderRecord, seller: string): RenderedEmail {
  const locale = receiptLocale(order.locale);
  const m = RECEIPT_CATALOGUES[locale];
  const number = order.receipt?.number ?? order.id;
  const rows: [string, string][] = [
    [m.receiptNumber, number],
    [m.seller, seller],
    [m.card, order.maskedCardNumber],
    [m.plan, order.plan.name],
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
  const html = `<!doctype html><html lang="${locale}"><body><p>${escapeHtml(intro)}</p><table>${rows
    .map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</table><p>${escapeHtml(m.footer)}</p></body></html>`;
  return { locale, subject, text, html };
}
