import { expect } from '@open-wc/testing';
import { $, mount, onStep, toPayStep, until } from '../test-support/flow.ts';

// Served from source, the page loads hundreds of modules: past the default 250 resource entries the browser stops
// recording, and a late chunk would never show up.
performance.setResourceTimingBufferSize(100_000);

/** Whether this page has fetched a module whose URL matches `pattern` (each test file runs in a page of its own). */
const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

describe('<urcard-checkout> prefetching', () => {
  it('fetches the later steps once the page is idle, and the SDK only when the customer starts', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    // Idle: the plan and pay steps are registered without the customer doing anything; the done step waits.
    await until('the later steps', () =>
      ['urcard-plan-step', 'urcard-pay-step'].every((tag) => customElements.get(tag)),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched(/create-client/), 'the SDK chunk before any interaction').to.equal(false);
    expect(customElements.get('urcard-done-step'), 'the done step before any interaction').to.equal(undefined);
    // The customer starts typing: the SDK loads, before the card is checked. (A key, not focus(): in a page that is
    // not the focused one, as test pages running side by side often are, focus() fires no focus events.)
    const input = $<HTMLInputElement>(el, '#card-number')!;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: '8', bubbles: true, composed: true }));
    await until('the SDK chunk', () => fetched(/create-client/));
  });

  it('fetches the done step when the pay step is shown, before the customer pays', async () => {
    const { el } = await mount();
    await toPayStep(el);
    await until('the done step', () => !!customElements.get('urcard-done-step'));
  });
});
