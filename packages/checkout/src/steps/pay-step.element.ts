import { Task, TaskStatus } from '@lit/task';
import type { CardSession, Order, SandboxChallengeResult, SandboxOutcome } from '@urcard/sdk';
import { ORDER_STATUSES_PAID_OR_LATER, orderStatusIn, PAYMENT_METHOD_TYPES } from '@urcard/sdk/enums';
import { isUrcardError } from '@urcard/sdk/errors';
import { newIdempotencyKey } from '@urcard/sdk/idempotency';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { cleanReturnUrl } from '../payments/return-url.ts';
import { mountStripeForm, type StripeForm } from '../payments/stripe-form.ts';
import { loadStripeJs } from '../payments/stripe-loader.ts';
import { describeError, StepElement } from '../shared/step-element.ts';
import type { Selection } from './flow.ts';
import {
  renderAmount,
  renderAutoRenewNotice,
  renderBreakdown,
  renderChallenge,
  renderPaymentElement,
  renderSandboxPanel,
} from './pay-parts.ts';
import { payStepStyles } from './pay-step.styles.ts';

/** Why the last attempt did not pay: a localised sentence (Stripe's messages are localised already). */
type PayError = { kind: 'text'; text: string } | { kind: 'error'; error: unknown };

/**
 * Step 3: the exact amount again, then the sandbox test panel or Stripe's Payment Element.
 *
 * @slot payment-element - Stripe's Payment Element, mounted in the checkout's light DOM (Stripe cannot mount
 * inside a shadow root) and projected here.
 * @csspart heading - The step's heading.
 * @csspart amount - The amount to pay.
 * @csspart breakdown - Original price, discount and promo code, total and the new expiry date.
 * @csspart auto-renew-notice - With auto-renew on: the next charge, when, and how to stop it.
 * @csspart test-panel - The sandbox panel (test mode only).
 * @csspart challenge - The simulated 3-D Secure challenge.
 * @csspart payment-element - The box that holds Stripe's Payment Element, its height reserved.
 * @csspart submit-button - The pay button.
 * @csspart secondary-button - Secondary actions.
 * @csspart error - Error messages.
 *
 * @tagname urcard-pay-step
 */
export class UrcardPayStep extends StepElement {
  static override styles = [...StepElement.styles, payStepStyles];
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    selection: { attribute: false },
    order: { attribute: false },
    redirectFailed: { attribute: false },
    outcome: { state: true, attribute: false },
    paying: { state: true, attribute: false },
    payError: { state: true, attribute: false },
    stripeReady: { state: true, attribute: false },
  };

  /** The verified card (absent after a reload: the card token lives only in memory). */
  declare session: CardSession | null;
  /** The plan chosen on the previous step; an order is created for it. */
  declare selection: Selection | null;
  /** An order that exists already (resumed after a reload or a redirect). */
  declare order: Order | null;
  /** Set when the customer came back from a redirect (Alipay, WeChat Pay) without paying. */
  declare redirectFailed: boolean;

  declare private outcome: SandboxOutcome;
  declare private paying: boolean;
  declare private payError: PayError | null;
  declare private stripeReady: boolean;

  private get probe(): HTMLElement {
    return this.renderRoot.querySelector('.probe') as HTMLElement;
  }

  constructor() {
    super();
    this.session = null;
    this.selection = null;
    this.order = null;
    this.redirectFailed = false;
    this.outcome = 'succeeded';
    this.paying = false;
    this.payError = null;
    this.stripeReady = false;
  }

  /** Set synchronously on the first click, so that a double click can never pay twice. */
  #inFlight = false;
  #idempotencyKey = newIdempotencyKey();
  #challengeFocused = false;

  #order = new Task(this, {
    task: async ([client, existingId, quoteId, autoRenew], { signal }) => {
      if (this.order && this.order.id === existingId && (!quoteId || this.order.quoteId === quoteId)) return this.order;
      if (!quoteId || autoRenew === undefined || !this.session) throw new Error('No plan was chosen');
      const order = await client.orders.create(
        {
          cardToken: this.session.cardToken,
          quoteId,
          autoRenew,
          ...(this.config.partnerRef ? { partnerRef: this.config.partnerRef } : {}),
          // Only when the partner narrowed them: the server offers all it can otherwise.
          ...(this.config.paymentMethods.length < PAYMENT_METHOD_TYPES.length
            ? { paymentMethodTypes: this.config.paymentMethods }
            : {}),
        },
        // The same key for every attempt of this step: a retry after a lost answer returns the same order.
        { signal, idempotencyKey: this.#idempotencyKey },
      );
      this.flow.orderChanged(order);
      return order;
    },
    // Ids, not objects: the checkout hands down every update of the order, which must not create another one.
    args: () => [this.client, this.order?.id, this.selection?.quote.id, this.selection?.autoRenew] as const,
    onError: (error) => this.flow.reportError(error),
  });

  #stripe = new Task(this, {
    task: async ([orderId, clientSecret, publishableKey, locale], { signal }): Promise<StripeForm | null> => {
      if (!orderId || !clientSecret || !publishableKey) return null;
      this.stripeReady = false;
      await this.updateComplete;
      return mountStripeForm({
        load: this.flow.stripeLoader ?? loadStripeJs,
        publishableKey,
        clientSecret,
        locale,
        probe: this.probe,
        host: () => this.flow.paymentElementHost(),
        onReady: () => {
          this.stripeReady = true;
        },
        signal,
      });
    },
    args: () => {
      const order = this.#current;
      const payment = order?.payment.provider === 'stripe' ? order.payment : null;
      return [order?.id, payment?.clientSecret, payment?.publishableKey, this.i18n.locale] as const;
    },
    onError: (error) => this.flow.reportError(error, 'payment_form_unavailable'),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stripe.value?.element.destroy();
    // Undefined when removed before the first update (properties set before upgrade arrive with it).
    this.flow?.releasePaymentElementHost();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('redirectFailed') && this.redirectFailed) {
      this.payError = { kind: 'text', text: this.i18n.m.redirectNotCompleted };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A 3-D Secure challenge replaces the pay button: take focus to it so keyboard users are not lost.
    const challenge = this.renderRoot.querySelector<HTMLElement>('#challenge-heading');
    if (changed.has('order') && challenge && !this.#challengeFocused) challenge.focus();
    this.#challengeFocused = Boolean(challenge);
  }

  /** The order as last seen: the checkout hands every update down through `order`. */
  get #current(): Order | undefined {
    const created = this.#order.status === TaskStatus.COMPLETE ? this.#order.value : undefined;
    return created && this.order?.id === created.id ? this.order : created;
  }

  async #pay(): Promise<void> {
    const order = this.#current;
    if (!order || this.#inFlight) return;
    if (order.payment.provider === 'stripe' && !this.#stripe.value) return;
    if (!this.flow.beforePay(order)) return;
    this.#inFlight = true;
    this.paying = true;
    this.payError = null;
    this.flow.announce(this.i18n.m.paying);
    try {
      if (order.payment.provider === 'sandbox') {
        this.#settle(await this.client.sandbox.pay(order.id, this.outcome));
      } else {
        await this.#confirmWithStripe(order);
      }
    } catch (error) {
      this.#fail({ kind: 'error', error });
      this.flow.reportError(error);
    } finally {
      this.#inFlight = false;
      this.paying = false;
    }
  }

  async #confirmWithStripe(order: Order): Promise<void> {
    const form = this.#stripe.value;
    if (!form) return;
    const returnUrl = this.config.returnUrl ?? cleanReturnUrl(location.href);
    const { error } = await form.stripe.confirmPayment({
      elements: form.elements,
      confirmParams: { return_url: returnUrl },
      redirect: 'if_required',
    });
    if (error) {
      // Stripe's message is written for customers and localised by Stripe.
      this.#fail({ kind: 'text', text: error.message ?? this.i18n.m.paymentErrors.processing_error });
      return;
    }
    // Paid without leaving the page; the server fulfils from Stripe's webhook, the done step follows it.
    this.#settle(await this.client.orders.get(order.id).catch(() => ({ ...order, status: 'processing' as const })));
  }

  async #challenge(result: SandboxChallengeResult): Promise<void> {
    const order = this.#current;
    if (!order || this.#inFlight) return;
    this.#inFlight = true;
    this.paying = true;
    try {
      const settled = await this.client.sandbox.challenge(order.id, result);
      // The challenge's buttons are gone: focus stays in the step (the checkout then moves it to the done step).
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
      this.#settle(settled);
    } catch (error) {
      this.#fail({ kind: 'error', error });
      this.flow.reportError(error);
    } finally {
      this.#inFlight = false;
      this.paying = false;
    }
    // Still here (the challenge failed): on Pay, to try again.
    await this.updateComplete;
    if (this.isConnected && this.#current?.status === 'requires_payment') {
      this.renderRoot.querySelector<HTMLElement>('button.pay')?.focus();
    }
  }

  #settle(order: Order): void {
    this.flow.orderChanged(order);
    if (orderStatusIn(ORDER_STATUSES_PAID_OR_LATER, order.status)) {
      this.flow.paymentSucceeded(order);
      return;
    }
    if (order.payment.provider === 'sandbox' && order.payment.nextAction) {
      this.flow.announce(this.i18n.m.challengeHeading);
      return;
    }
    if (order.lastPaymentError) {
      this.#fail({ kind: 'text', text: this.i18n.m.paymentErrors[order.lastPaymentError.code] });
    }
  }

  #fail(error: PayError): void {
    this.payError = error;
    // The very sentence shown (renderError's), not a vaguer one: screen readers hear what is on screen.
    this.flow.announce(error.kind === 'text' ? error.text : describeError(this.i18n.m, error.error).text);
  }

  protected override render(): TemplateResult {
    const { m } = this.i18n;
    return html`
      <span class="probe" aria-hidden="true"></span>
      <h2 tabindex="-1" part="heading">${m.payHeading}</h2>
      ${this.#order.render({
        pending: () => this.renderLoading(m.preparingOrder),
        error: (error) =>
          isUrcardError(error) && (error.code === 'quote_expired' || error.code === 'card_token_invalid')
            ? html`${this.renderError(error)}
                <div class="actions">
                  <button type="button" class="primary" part="submit-button" @click=${() => this.flow.goTo(error.code === 'quote_expired' ? 'plan' : 'card')}>
                    ${m.back}
                  </button>
                </div>`
            : this.renderError(error, () => this.#order.run()),
        complete: (created) => this.#renderOrder(this.#current ?? created),
      })}
    `;
  }

  #renderOrder(order: Order): TemplateResult {
    const { m, f } = this.i18n;
    const amount = f.money(order.total);
    const challenge = order.payment.provider === 'sandbox' ? order.payment.nextAction : null;
    return html`
      ${renderAmount(m, amount, order)}
      ${renderBreakdown(this.i18n, order)}
      ${renderAutoRenewNotice(this.i18n, order)}
      ${
        challenge
          ? this.#renderChallenge(amount)
          : html`
            ${order.payment.provider === 'sandbox' ? this.#renderSandbox() : this.#renderStripe()}
            ${this.#renderPayError()}
            <div class="actions">
              <button
                type="button"
                class="primary pay"
                part="submit-button"
                aria-disabled=${this.paying ? 'true' : 'false'}
                ?disabled=${order.payment.provider === 'stripe' && this.#stripe.status !== TaskStatus.COMPLETE}
                @click=${this.#pay}
              >
                ${this.paying ? html`<span class="spinner" aria-hidden="true"></span> ${m.paying}` : m.payButton(amount)}
              </button>
            </div>
          `
      }
    `;
  }

  #renderPayError(): TemplateResult | typeof nothing {
    const error = this.payError;
    if (!error) return nothing;
    if (error.kind === 'error') return this.renderError(error.error);
    return html`<div class="alert danger" role="alert" part="error"><p>${error.text}</p></div>`;
  }

  #renderSandbox(): TemplateResult {
    return renderSandboxPanel(this.i18n.m, this.outcome, (outcome) => {
      this.outcome = outcome;
    });
  }

  #renderChallenge(amount: string): TemplateResult {
    return renderChallenge(this.i18n.m, amount, this.paying, (result) => this.#challenge(result));
  }

  #renderStripe(): TemplateResult {
    const failed = this.#stripe.status === TaskStatus.ERROR;
    return renderPaymentElement(this.i18n.m, failed ? 'failed' : this.stripeReady ? 'ready' : 'loading', () =>
      this.#stripe.run(),
    );
  }
}
