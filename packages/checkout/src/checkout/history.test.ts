import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  choosePlan,
  click,
  mount,
  onStep,
  quoted,
  stepText,
  toPayStep,
  toPlanStep,
  type,
  until,
} from '../test-support/flow.ts';
import { StepHistory } from './step-history.ts';

/** The browser's Back or Forward, once its popstate has been delivered. */
async function go(delta: -1 | 1): Promise<PopStateEvent> {
  const popped = new Promise<PopStateEvent>((resolve) =>
    addEventListener('popstate', (event) => resolve(event), { once: true }),
  );
  history.go(delta);
  return popped;
}

const checked = (el: Parameters<typeof $>[0]) => $$<HTMLInputElement>(el, 'input[name="plan"]').find((r) => r.checked);

describe('history="steps"', () => {
  afterEach(() => history.replaceState(null, ''));

  it('gives each step a history entry: Back returns to the previous step, Forward keeps the work', async () => {
    const { el } = await mount({ history: 'steps' });
    const start = history.length;
    await toPlanStep(el);
    await choosePlan(el, 'basic-30');
    type($<HTMLInputElement>(el, '#promo')!, 'travel10');
    $<HTMLButtonElement>(el, '.promo-form button[type=submit]')!.click();
    await quoted(el);
    expect(history.length).to.equal(start + 1);

    await go(-1);
    await onStep(el, 'card');
    // The verified card is still in memory: its summary, no PIN to type again.
    expect($(el, '[part~="card-summary"]')).to.exist;
    await go(1);
    await onStep(el, 'plan');
    await quoted(el);
    expect(checked(el)?.value).to.equal('basic-30');
    expect(stepText(el)).to.contain('TRAVEL10 applied');

    click(el, 'button[part="submit-button"]');
    await onStep(el, 'pay');
    await until('the order', () => !!$(el, '[part="amount"]'));
    const amount = $(el, '[part="amount"]')!.textContent;
    await go(-1);
    await onStep(el, 'plan');
    await quoted(el);
    expect(stepText(el)).to.contain('TRAVEL10 applied');
    await go(1);
    await onStep(el, 'pay');
    await until('the order', () => !!$(el, '[part="amount"]'));
    expect($(el, '[part="amount"]')!.textContent, 'the same discounted amount').to.equal(amount);
  });

  it('leaves history alone without the attribute: a page with its own router keeps its entries', async () => {
    const pops: unknown[] = [];
    const router = (event: PopStateEvent) => pops.push(event.state);
    addEventListener('popstate', router);
    try {
      history.pushState({ route: '/renew' }, '');
      const start = history.length;
      const { el } = await mount();
      await toPayStep(el);
      expect(history.length, 'no entries added').to.equal(start);
      expect(history.state).to.deep.equal({ route: '/renew' });
      history.pushState({ route: '/renew/summary' }, '');
      await go(-1);
      expect(pops).to.deep.equal([{ route: '/renew' }]);
      expect(el.currentStep, 'the widget does not move on the page router’s Back').to.equal('pay');
    } finally {
      removeEventListener('popstate', router);
    }
  });

  it('keeps the page’s own state on the entry it starts on', async () => {
    history.replaceState({ route: '/trip' }, '');
    const { el } = await mount({ history: 'steps' });
    await onStep(el, 'card');
    await until(
      'the history module',
      () => (history.state as { urcardCheckoutStep?: string }).urcardCheckoutStep === 'card',
    );
    expect(history.state).to.deep.equal({ route: '/trip', urcardCheckoutStep: 'card' });
  });

  it('gives the step an entry when the widget moved on before the history module had loaded', async () => {
    history.replaceState(null, '');
    const host = {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    };
    // Started on the card step; by the time the module ran, the widget was on the plan step.
    const steps = new StepHistory(
      host,
      'card',
      () => 'plan',
      () => {},
    );
    steps.moved('plan');
    const stepIn = (state: unknown) => (state as { urcardCheckoutStep?: string } | null)?.urcardCheckoutStep;
    expect(stepIn(history.state)).to.equal('plan');
    const back = await go(-1);
    expect(stepIn(back.state), 'Back from the plan step returns to the card step').to.equal('card');
    steps.stop();
  });
});
