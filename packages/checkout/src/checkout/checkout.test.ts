import { expect, oneEvent } from '@open-wc/testing';
import type {
  CardVerifiedEvent,
  PaymentSucceededEvent,
  PlanSelectedEvent,
  RenewalCompleteEvent,
  StepChangeEvent,
} from '../events.ts';
import {
  $,
  CARDS,
  choosePlan,
  click,
  mount,
  onStep,
  paySandbox,
  stepText,
  toPayStep,
  toPlanStep,
  until,
  verifyCard,
} from '../test-support/flow.ts';

describe('<urcard-checkout> against the reference server', () => {
  it('walks card → plan → pay → done, accessible at every step, with the events in order', async () => {
    const { el } = await mount({ 'partner-ref': 'trip-42', 'support-url': 'https://help.example/urcard' });
    const events: string[] = [];
    for (const name of [
      'urcard-step-change',
      'urcard-card-verified',
      'urcard-plan-selected',
      'urcard-before-pay',
      'urcard-payment-succeeded',
      'urcard-renewal-complete',
    ] as const) {
      el.addEventListener(name, () => events.push(name));
    }
    await onStep(el, 'card');
    expect(el.shadowRoot!.querySelector('[part="progress-label"]')!.textContent).to.contain('Step 1 of 4');
    await expect(el).to.be.accessible();

    const verified = oneEvent(el, 'urcard-card-verified') as Promise<CardVerifiedEvent>;
    await verifyCard(el, CARDS.active);
    const card = (await verified).detail;
    expect(card.maskedNumber).to.contain('0018');
    expect(card.partnerRef).to.equal('trip-42');
    expect(JSON.stringify(card)).not.to.contain('ct_');
    expect(stepText(el)).to.contain('0018');
    expect(stepText(el)).to.contain('days left');
    expect($(el, '[role="meter"]')).to.exist;
    await expect(el).to.be.accessible();

    const toPlan = oneEvent(el, 'urcard-step-change') as Promise<StepChangeEvent>;
    click(el, 'button[part="submit-button"]');
    expect((await toPlan).detail).to.deep.equal({ step: 'plan', previous: 'card', index: 1 });
    await onStep(el, 'plan');
    await until('plans', () => !!$(el, 'input[name="plan"]'));
    await choosePlan(el);
    expect(stepText(el)).to.contain('Total');
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'urcard-plan-selected') as Promise<PlanSelectedEvent>;
    click(el, 'button[part="submit-button"]');
    const plan = (await selected).detail;
    await onStep(el, 'pay');
    await until('the amount', () => !!$(el, '[part="amount"]'));
    expect($(el, '[part="amount"] .total')!.textContent).to.contain(
      new Intl.NumberFormat('en', { style: 'currency', currency: plan.total.currency }).format(plan.total.amount / 100),
    );
    expect($(el, '[part="test-panel"]')).to.exist;
    await expect(el).to.be.accessible();

    const paid = oneEvent(el, 'urcard-payment-succeeded') as Promise<PaymentSucceededEvent>;
    const complete = oneEvent(el, 'urcard-renewal-complete') as Promise<RenewalCompleteEvent>;
    await paySandbox(el, 'succeeded');
    expect((await paid).detail.amount).to.deep.equal(plan.total);
    await onStep(el, 'done');
    await expect(el).to.be.accessible();
    const done = (await complete).detail;
    expect(done.partnerRef).to.equal('trip-42');
    await until('the receipt', () => !!$(el, '[part="receipt"]'));
    expect(stepText(el)).to.contain(done.receiptNumber);
    // The sandbox pays with a test Visa: the receipt spells the brand as people know it, not Stripe's code.
    expect(stepText(el)).to.match(/Visa •••• 4242/);
    await expect(el).to.be.accessible();
    expect(events.filter((e) => e !== 'urcard-step-change')).to.deep.equal([
      'urcard-card-verified',
      'urcard-plan-selected',
      'urcard-before-pay',
      'urcard-payment-succeeded',
      'urcard-renewal-complete',
    ]);
    // Only the completed order's id, so that a reload shows the receipt again (until "Renew another card").
    expect(Object.values(sessionStorage), 'only the order id after completion').to.satisfy(
      (values: string[]) =>
        values.length === 1 &&
        /^\[\{"orderId":"ord_[A-Za-z0-9]+","cardId":"card_\w+","last4":"\d{4}"(,"announced":true)?\}\]$/.test(
          values[0]!,
        ),
    );
  });

  it('goes Back from pay to plan and from plan to card, keeping the choice', async () => {
    const { el } = await mount();
    await toPayStep(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    await onStep(el, 'plan');
    await until('plans', () => !!$(el, 'input[name="plan"]:checked'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    await onStep(el, 'card');
    expect($(el, '[part~="card-summary"]')).to.exist;
  });

  it('explains a card that cannot be renewed and offers no way forward', async () => {
    const { el } = await mount({ 'support-url': 'https://help.example/urcard' });
    await verifyCard(el, CARDS.suspended);
    expect(stepText(el)).to.contain('cannot be renewed');
    expect($(el, 'a[href="https://help.example/urcard"]')).to.exist;
    expect($(el, 'button[part="submit-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns within 7 days of expiry', async () => {
    const { el } = await mount();
    await verifyCard(el, CARDS.expiring);
    expect($(el, '[part="expiry-warning"]')!.textContent).to.contain('expires in 3 days');
  });

  void toPlanStep;
});
