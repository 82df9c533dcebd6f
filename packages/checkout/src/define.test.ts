import { expect } from '@open-wc/testing';
import { UrcardCheckout } from './checkout/checkout.element.ts';
import { define } from './define.ts';
import type { RenewalCompleteEvent } from './events.ts';
import { VERSION } from './version.ts';

describe('registration', () => {
  it('registers <urcard-checkout> and the first step at once, the other steps when they are loaded', async () => {
    expect(customElements.get('urcard-checkout')).to.equal(UrcardCheckout);
    expect(customElements.get('urcard-card-step')).to.exist;
    expect(UrcardCheckout.version).to.equal(VERSION);
    for (const step of ['plan', 'pay', 'done'] as const) {
      await UrcardCheckout.stepLoaders[step]!();
      expect(customElements.get(`urcard-${step}-step`), step).to.exist;
    }
  });

  it('tolerates being loaded twice, and says so when the versions differ', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The same build again: silent.
      define('urcard-checkout', UrcardCheckout);
      // Another copy of the bundle (another class), same version: silent; another version: one warning.
      define('urcard-checkout', class extends UrcardCheckout {});
      define('urcard-checkout', class extends UrcardCheckout {}, '9.9.9');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('urcard-checkout')).to.equal(UrcardCheckout);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`${VERSION} is already registered; ignoring 9.9.9`);
  });

  it('types the events in GlobalEventHandlersEventMap', () => {
    const el = document.createElement('urcard-checkout');
    let receipt = '';
    const listener = (event: RenewalCompleteEvent) => {
      receipt = event.detail.receiptNumber;
    };
    el.addEventListener('urcard-renewal-complete', listener);
    el.addEventListener('urcard-before-pay', (event) => {
      // @ts-expect-error the amount is Money, not a number
      const amount: number = event.detail.amount;
      void amount;
      event.preventDefault();
    });
    // @ts-expect-error no such event
    el.addEventListener('urcard-renewal-completed', (event: RenewalCompleteEvent) => void event);
    expect(receipt).to.equal('');
  });
});
