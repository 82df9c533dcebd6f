import { expect } from '@open-wc/testing';
import { $, CARDS, mount, onStep, paySandbox, stepEl, stepText, toPayStep, until } from '../test-support/flow.ts';
import type { Flow } from './flow.ts';

describe('done step: what the customer is told, and offered', () => {
  it('reassures from 20 s by default, not after 2 minutes, that the page may be closed', async () => {
    const { el } = await mount();
    el.timings = { pollIntervalMs: 200 };
    await onStep(el, 'card');
    const { timings } = (stepEl(el) as unknown as { flow: Flow }).flow;
    expect(timings.stillApplyingAfterMs).to.be.at.most(20_000);
    expect(timings.stillApplyingAfterMs).to.be.at.least(15_000);
  });

  it('after a declined payment offers to pay again; after the carrier refused the card, no "Try again"', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await paySandbox(el, 'declined');
    await until('the decline message', () => !!$(el, '[role="alert"]'));
    expect($<HTMLButtonElement>(el, 'button.pay')!.disabled).to.equal(false);
    el.remove();
    sessionStorage.clear();

    const { el: other } = await mount();
    await toPayStep(other, CARDS.carrierRejects);
    await paySandbox(other, 'succeeded');
    await onStep(other, 'done');
    await until('the failure', () => stepText(other).includes('did not go through'));
    const action = $(other, 'button[part="submit-button"]')!;
    expect(action.textContent).not.to.contain('Try again');
    expect(action.textContent).to.contain('Renew another card');
    await expect(other).to.be.accessible();
  });
});
