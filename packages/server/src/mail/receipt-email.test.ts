import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_PARTNER } from '../domain/test-cards.ts';
import type { TestServer } from '../test-support/harness.ts';
import { CARDS, SK, startTestServer, until } from '../test-support/harness.ts';
import type { MailSink } from '../test-support/mail-sink.ts';
import { startMailSink } from '../test-support/mail-sink.ts';

describe('receipts by email (a real SMTP server on 127.0.0.1)', () => {
  let sink: MailSink;
  let server: TestServer;
  before(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Receipts <receipts@test.example>' });
  });
  after(async () => {
    await server.stop();
    await sink.close();
  });

  const mailTo = async (address: string, count = 1) => {
    await until(
      `${count} email(s) to ${address}`,
      async () => sink.messages.filter((m) => m.envelopeTo.includes(address)).length >= count,
    );
    return sink.messages.filter((m) => m.envelopeTo.includes(address));
  };

  const renew = async (email: string, locale?: string, promoCode?: string) => {
    const session = await server.api.verify(CARDS.expiring);
    const quote = await server.api.ok('createQuote', {
      cardToken: session.cardToken,
      body: { planId: 'advanced-30', currency: 'USD', ...(promoCode ? { promoCode } : {}) },
    });
    const order = await server.api.ok('createOrder', {
      cardToken: session.cardToken,
      idempotencyKey: crypto.randomUUID(),
      body: { quoteId: quote.id, autoRenew: false, email, ...(locale ? { locale } : {}) },
    });
    await server.api.ok('sandboxPay', { params: { orderId: order.id }, body: { outcome: 'succeeded' } });
    return server.api.waitForOrder(order.id, (o) => o.status === 'completed');
  };

  it('emails an English receipt once the renewal is applied: plan, amount, discount, new expiry, seller, number', async () => {
    const order = await renew('ana@example.com', undefined, 'TRAVEL10');
    const [mail, ...more] = await mailTo('ana@example.com');
    assert.equal(more.length, 0);
    const receipt = order.receipt!;
    assert.equal(mail!.subject, `Your ${SANDBOX_PARTNER.name} renewal receipt ${receipt.number}`);
    assert.deepEqual(mail!.from?.value, [{ name: 'Receipts', address: 'receipts@test.example' }]);
    assert.equal(mail!.messageId, `<receipt.${order.id}@receipts.urcard>`);
    const text = mail!.text!;
    assert.match(text, new RegExp(`Receipt number: ${receipt.number}`));
    assert.match(text, /Plan: Advanced 30 days/);
    const dollars = (n: number) => `$${(n / 100).toFixed(2)}`;
    assert.match(text, new RegExp(`Amount paid: \\${dollars(order.total.amount)}`));
    assert.ok(order.discount.amount > 0);
    assert.match(text, new RegExp(`Discount: −\\${dollars(order.discount.amount)}`));
    const expiry = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(receipt.newExpiresAt),
    );
    assert.match(text, new RegExp(`Valid until: ${expiry}`));
    assert.match(text, new RegExp(`Seller: ${SANDBOX_PARTNER.name}`));
    assert.match(text, new RegExp(`Card: ${order.maskedCardNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(mail!.html || '', /<html lang="en" dir="ltr">/);
  });

  it('writes it in the order’s locale: zh-CN and ja, a language alone or a region falls back sensibly', async () => {
    const zh = await renew('mei@example.com', 'zh-CN');
    const [zhMail] = await mailTo('mei@example.com');
    assert.equal(zhMail!.subject!.endsWith(`续费收据 ${zh.receipt!.number}`), true, zhMail!.subject);
    assert.match(zhMail!.text!, /实付金额: US\$/);
    assert.match(zhMail!.text!, /有效期至: \d{4}年\d{1,2}月\d{1,2}日/);
    assert.equal(zhMail!.headers.get('content-language'), 'zh-CN');

    const jaOrder = await renew('ken@example.com', 'ja-JP');
    const [jaMail] = await mailTo('ken@example.com');
    assert.ok(jaMail!.subject!.endsWith(`更新の領収書 ${jaOrder.receipt!.number}`), jaMail!.subject);
    assert.match(jaMail!.text!, /お支払い金額: \$/);
    assert.equal(jaMail!.headers.get('content-language'), 'ja');

    await renew('tom@example.com', 'tlh');
    const [otherMail] = await mailTo('tom@example.com');
    assert.match(otherMail!.subject!, /renewal receipt/, 'a locale not served gets English');
  });

  // One per script and direction; every locale's text and formatting is checked in messages/messages.test.ts.
  for (const { tag, locale, dir, subject, paid } of [
    { tag: 'ar', locale: 'ar', dir: 'rtl', subject: 'إيصال تجديد', paid: 'المبلغ المدفوع' },
    { tag: 'de-AT', locale: 'de', dir: 'ltr', subject: 'Ihr Beleg für die Verlängerung', paid: 'Bezahlter Betrag' },
    { tag: 'pt-PT', locale: 'pt-BR', dir: 'ltr', subject: 'Seu recibo de renovação', paid: 'Valor pago' },
    { tag: 'th', locale: 'th', dir: 'ltr', subject: 'ใบเสร็จการต่ออายุ', paid: 'ยอดที่ชำระ' },
  ]) {
    it(`over SMTP in ${locale} (order locale ${tag}): subject, Content-Language, <html lang dir>, Intl money and date`, async () => {
      const address = `${tag.toLowerCase()}@example.com`;
      const order = await renew(address, tag);
      const [mail] = await mailTo(address);
      assert.ok(mail!.subject!.includes(subject), mail!.subject);
      assert.ok(mail!.subject!.includes(order.receipt!.number));
      assert.equal(mail!.headers.get('content-language'), locale);
      assert.ok(mail!.html, 'an HTML part');
      assert.match(mail!.html as string, new RegExp(`<html lang="${locale}" dir="${dir}">`));
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(
        order.total.amount / 100,
      );
      assert.ok(mail!.text!.includes(`${paid}: ${money}`), `${mail!.text} has ${paid}: ${money}`);
      const expiry = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(order.receipt!.newExpiresAt),
      );
      assert.ok(mail!.text!.includes(expiry), `${mail!.text} has ${expiry}`);
    });
  }

  it('emails a refund notice after a support refund settles, and nothing for an order without an address', async () => {
    const order = await renew('refund@example.com', 'ja');
    await mailTo('refund@example.com');
    await server.api.ok('refundOrder', {
      key: SK,
      params: { orderId: order.id },
      body: { reason: 'duplicate purchase' },
      idempotencyKey: crypto.randomUUID(),
    });
    const [, notice] = await mailTo('refund@example.com', 2);
    assert.ok(notice!.subject!.endsWith(`返金のお知らせ ${order.receipt!.number}`), notice!.subject);
    assert.match(notice!.text!, /返金額: \$/);
    assert.match(notice!.text!, /理由: duplicate purchase/);

    const before = sink.messages.length;
    const { order: silent } = await server.api.order(CARDS.active);
    await server.api.ok('sandboxPay', { params: { orderId: silent.id }, body: { outcome: 'succeeded' } });
    await server.api.waitForOrder(silent.id, (o) => o.status === 'completed');
    const jobs = await server.services.store.listJobs({ type: 'send_receipt' });
    assert.ok(jobs.length >= 3, 'the other orders had theirs');
    assert.ok(!jobs.some((j) => j.payload.orderId === silent.id), 'no job without an address');
    assert.equal(sink.messages.length, before);
  });

  it('tries again when the SMTP server refuses for a while', async () => {
    sink.refuseNext(1);
    await renew('retry@example.com');
    const mails = await mailTo('retry@example.com', 1);
    assert.equal(mails.length, 1);
  });
});
