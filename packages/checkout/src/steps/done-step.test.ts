import { expect } from '@open-wc/testing';
import { mount, onStep, paySandbox, stepEl, toPayStep } from '../test-support/flow.ts';
import { UrcardDoneStep } from './done-step.element.ts';

afterEach(() => sessionStorage.clear());

describe('done step', () => {
  // The step elements arrive in lazy chunks: the checkout may create <urcard-done-step> and set its properties before
  // the class is defined. Lit hands those properties over at the first update, after connectedCallback.
  it('upgrades cleanly when its properties were set before its class was defined', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await paySandbox(el, 'succeeded');
    await onStep(el, 'done');
    const live = stepEl(el) as unknown as UrcardDoneStep;
    await live.updateComplete;

    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error ?? event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const tag = `urcard-done-step-upgrade-${Date.now()}`;
    const early = document.createElement(tag) as unknown as UrcardDoneStep;
    try {
      Object.assign(early, {
        i18n: live.i18n,
        config: live.config,
        flow: live.flow,
        client: live.client,
        order: live.order,
      });
      document.body.append(early);
      customElements.define(tag, class extends UrcardDoneStep {});
      await early.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(early.shadowRoot?.querySelector('h2')).to.exist;
    } finally {
      window.removeEventListener('error', onError);
      early.remove();
    }
  });
});
