import type { AutoRenewal, Receipt } from '@urcard/sdk';
import { html, type TemplateResult } from 'lit';
import type { I18n } from '../i18n/localize.ts';

// The receipt, one list of rows for the three ways the customer keeps it: on screen, as a .txt file and printed.

/** Stripe reports card brands as lowercase codes (`visa`, `amex`); receipts show the brand's own spelling. */
const CARD_BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  unionpay: 'UnionPay',
  jcb: 'JCB',
  discover: 'Discover',
  diners: 'Diners Club',
  cartes_bancaires: 'Cartes Bancaires',
};

export function cardBrandName(brand: string | null): string {
  if (!brand) return '';
  return CARD_BRANDS[brand] ?? brand;
}

/** "On: next charge $19.99 on 28 Mar 2027", from the server's figures. */
export function autoRenewalText(i18n: I18n, next: AutoRenewal): string {
  return i18n.m.autoRenewNextCharge(i18n.f.money(next.amount), i18n.f.date(next.chargeAt));
}

/** A row of the receipt: a stable key (for tests and styling), its label and its value. */
export interface ReceiptRow {
  key: string;
  label: string;
  value: string;
}

/** Every row of the receipt, in order: the same on screen, in the download and printed. */
export function receiptRows(i18n: I18n, receipt: Receipt): ReceiptRow[] {
  const { m, f } = i18n;
  const method = receipt.paymentMethod;
  const methodName = [
    m.paymentMethodNames[method.type],
    cardBrandName(method.brand),
    method.last4 ? `•••• ${method.last4}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const discounted = receipt.discount.amount > 0;
  const rows: (ReceiptRow | null)[] = [
    { key: 'number', label: m.receiptNumber, value: receipt.number },
    { key: 'seller', label: m.receiptSeller, value: receipt.seller },
    { key: 'plan', label: m.receiptPlan, value: receipt.planName },
    { key: 'card', label: m.receiptCard, value: receipt.maskedCardNumber },
    discounted ? { key: 'original-price', label: m.originalPriceLabel, value: f.money(receipt.subtotal) } : null,
    discounted
      ? {
          key: 'discount',
          label: receipt.promoCode ? `${m.discount} (${receipt.promoCode})` : m.discount,
          value: `−${f.money(receipt.discount)}`,
        }
      : null,
    { key: 'amount', label: m.receiptAmount, value: f.money(receipt.amount) },
    { key: 'payment-method', label: m.receiptPaymentMethod, value: methodName },
    { key: 'new-expiry', label: m.receiptNewExpiry, value: f.date(receipt.newExpiresAt) },
    {
      key: 'auto-renew',
      label: m.receiptAutoRenew,
      value: receipt.autoRenewal ? autoRenewalText(i18n, receipt.autoRenewal) : m.autoRenewIsOff,
    },
    { key: 'issued', label: m.receiptIssued, value: f.dateTime(receipt.issuedAt) },
  ];
  return rows.filter((row): row is ReceiptRow => row !== null);
}

/** The receipt's list, on screen. */
export function renderReceiptList(i18n: I18n, receipt: Receipt): TemplateResult {
  return html`<dl>
    ${receiptRows(i18n, receipt).map(
      (row) => html`<div class="line" data-row=${row.key}><dt>${row.label}</dt><dd>${row.value}</dd></div>`,
    )}
  </dl>`;
}
