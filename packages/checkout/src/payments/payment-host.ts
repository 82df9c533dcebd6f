/**
 * A light-DOM element of the checkout, projected into the pay step's slot: Stripe cannot mount its iframe inside a
 * shadow root. Made on first use, removed when the pay step lets it go.
 */
export class PaymentElementHost {
  readonly #owner: HTMLElement;
  #element: HTMLElement | null = null;

  constructor(owner: HTMLElement) {
    this.#owner = owner;
  }

  get(): HTMLElement {
    if (!this.#element) {
      const div = document.createElement('div');
      div.slot = 'payment-element';
      div.className = 'urcard-payment-element';
      this.#owner.append(div);
      this.#element = div;
    }
    return this.#element;
  }

  release(): void {
    this.#element?.remove();
    this.#element = null;
  }
}
