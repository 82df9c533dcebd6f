import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentLocale } from '@urcard/sdk';
import { CONTENT_LOCALES } from '@urcard/sdk';
import { catalogueText } from '../../domain/catalogue-text/index.ts';
import { englishLeftIn, englishWords, LOANWORDS } from '../../test-support/english.ts';
import { orderRecord } from '../../test-support/records.ts';
import type { ReceiptKind } from '../receipt-email.ts';
import { renderReceiptEmail } from '../receipt-email.ts';
import { en } from './en.ts';
import type { ReceiptMessages } from './index.ts';
import { RECEIPT_CATALOGUES } from './index.ts';

/** Values that cannot be mistaken for words, so a template that drops one is seen. */
const VALUES = { seller: 'S3LL3R', number: 'N0-42', amount: 'A-7.50' };

/** Every text of a catalogue by key, templates filled with VALUES. */
function texts(m: ReceiptMessages): Map<string, string> {
  return new Map(
    Object.entries(m).map(([key, value]) => [key, typeof value === 'function' ? value(VALUES) : String(value)]),
  );
}

/** Where a translation may equal English: the word is the same in that language ("Plan", "Subtotal"). */
const SAME_AS_ENGLISH_ALLOWED = ['plan', 'subtotal'];
const MAIL_WORDS = englishWords([...texts(en).values()], new Set([...LOANWORDS, 'plan', 'subtotal', 'email']));

describe('receipt and refund email text', () => {
  const english = texts(en);

  it('is written in each of the 20 content locales', () => {
    assert.equal(CONTENT_LOCALES.length, 20);
    assert.deepEqual(Object.keys(RECEIPT_CATALOGUES).sort(), [...CONTENT_LOCALES].sort());
  });

  for (const locale of CONTENT_LOCALES) {
    it(`${locale}: every key, each a non-empty text keeping its values${locale === 'en' ? '' : ', none in English'}`, () => {
      const text = texts(RECEIPT_CATALOGUES[locale]);
      assert.deepEqual([...text.keys()].sort(), [...english.keys()].sort(), 'the same keys as en');
      for (const [key, value] of text) {
        assert.ok(value.trim().length > 0, `${key} is empty`);
        for (const [name, v] of Object.entries(VALUES)) {
          if (english.get(key)!.includes(v)) assert.ok(value.includes(v), `${locale} ${key} keeps {${name}}`);
        }
        if (locale === 'en') continue;
        if (!SAME_AS_ENGLISH_ALLOWED.includes(key)) assert.notEqual(value, english.get(key), `${key} is English`);
        assert.deepEqual(englishLeftIn(value, MAIL_WORDS), [], `${locale} ${key}: ${value}`);
      }
    });
  }
});

describe('renderReceiptEmail', () => {
  const order = {
    ...orderRecord('ord_mail', 'completed'),
    subtotal: { amount: 123456, currency: 'EUR' },
    discount: { amount: 1000, currency: 'EUR' },
    total: { amount: 122456, currency: 'EUR' },
    refund: null,
    receipt: {
      number: 'R-2026-0001',
      planName: 'Basic 30 days',
      tier: 'basic' as const,
      amount: { amount: 122456, currency: 'EUR' },
      paymentMethod: { type: 'card' as const, brand: 'visa', last4: '4242' },
      maskedCardNumber: '•••• 0018',
      previousExpiresAt: '2026-12-01T00:00:00.000Z',
      newExpiresAt: '2027-01-15T00:00:00.000Z',
      issuedAt: '2026-12-01T00:00:00.000Z',
    },
  };
  const render = (kind: ReceiptKind, locale: ContentLocale) =>
    renderReceiptEmail(kind, order, { seller: 'Acme', locale, planName: catalogueText(locale).plans['basic-30'].name });

  for (const locale of CONTENT_LOCALES) {
    it(`${locale}: money and dates through Intl, lang and direction on the HTML, every row in that locale`, () => {
      const m = RECEIPT_CATALOGUES[locale];
      const money = (amount: number) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount / 100);
      const expiry = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(order.receipt.newExpiresAt),
      );
      const receipt = render('receipt', locale);
      assert.equal(receipt.locale, locale);
      assert.equal(receipt.subject, m.receiptSubject({ seller: 'Acme', number: 'R-2026-0001' }));
      for (const line of [
        `${m.plan}: ${catalogueText(locale).plans['basic-30'].name}`,
        `${m.subtotal}: ${money(123456)}`,
        `${m.discount}: −${money(1000)}`,
        `${m.amountPaid}: ${money(122456)}`,
        `${m.newExpiry}: ${expiry}`,
        m.footer,
      ]) {
        assert.ok(receipt.text.includes(line), `${locale} receipt has "${line}"`);
      }
      const dir = locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr';
      assert.ok(receipt.html.startsWith(`<!doctype html><html lang="${locale}" dir="${dir}">`), receipt.html);
      const refund = render('refund', locale);
      assert.equal(refund.subject, m.refundSubject({ seller: 'Acme', number: 'R-2026-0001' }));
      assert.ok(refund.text.startsWith(m.refundIntro({ seller: 'Acme', amount: money(122456) })), refund.text);
      assert.ok(refund.text.includes(`${m.amountRefunded}: ${money(122456)}`));
    });
  }
});
