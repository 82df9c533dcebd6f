import { Task, TaskStatus } from '@lit/task';
import type { Order, OrderStatus, Receipt } from '@urcard/sdk';
import {
  ORDER_STATUSES_FAILED,
  ORDER_STATUSES_PAYMENT_CONFIRMED,
  ORDER_STATUSES_SETTLED,
  orderStatusIn,
} from '@urcard/sdk/enums';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { StepElement } from '../shared/step-element.ts';
import { doneStepStyles } from './done-step.styles.ts';
import { autoRenewalText, renderReceiptList } from './receipt-view.ts';

/** Print and save: fetched on the first click. */
const exporting = () => import('./receipt-export.ts');

type Phase = 'paid' | 'provisioning' | 'active';
type PhaseState = 'done' | 'current' | 'waiting';

/** Where each phase stands for an order status. */
export function phaseStates(status: OrderStatus): Record<Phase, PhaseState> {
  const paid = orderStatusIn(ORDER_STATUSES_PAYMENT_CONFIRMED, status);
  return {
    paid: paid ? 'done' : 'current',
    provisioning: status === 'completed' ? 'done' : paid ? 'current' : 'waiting',
    active: status === 'completed' ? 'done' : 'waiting',
  };
}

/**
 * Step 4: payment confirmed, then the carrier applying the renewal, then active; the receipt, or why it failed.
 *
 * @csspart heading - The step's heading.
 * @csspart phases - The list of the renewal's phases.
 * @csspart receipt - The receipt.
 * @csspart auto-renew-note - That automatic renewal is on, and the next charge.
 * @csspart submit-button - Try again, or renew another card.
 * @csspart secondary-button - Print or save the receipt.
 * @csspart error - Failure and error messages.
 *
 * @tagname urcard-done-step
 */
export class UrcardDoneStep extends StepElement {
  static override styles = [...StepElement.styles, doneStepStyles];
  static override properties: PropertyDeclarations = {
    order: { attribute: false },
    slow: { state: true, attribute: false },
  };

  /** The paid order; the checkout hands down every update. */
  declare order: Order;

  /** The renewal is taking longer than it should. */
  declare private slow: boolean;

  constructor() {
    super();
    this.slow = false;
  }

  #slowTimer: ReturnType<typeof setTimeout> | undefined;

  #wait = new Task(this, {
    task: async ([client, orderId], { signal }) => this.flow.follow(client, orderId, signal),
    args: () => [this.client, this.order.id] as const,
    onError: (error) => this.flow.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Properties set before this element's chunk loaded only arrive with the first update: until then there is
    // no flow to read, and firstUpdated() starts the timer.
    if (!this.hasUpdated) return;
    // Moved in the page rather than removed: follow the order again.
    if (this.#wait.status === TaskStatus.ERROR) this.#wait.run();
    this.#startSlowTimer();
  }

  protected override firstUpdated(): void {
    this.#startSlowTimer();
  }

  #startSlowTimer(): void {
    clearTimeout(this.#slowTimer);
    this.#slowTimer = setTimeout(() => {
      if (!orderStatusIn(ORDER_STATUSES_SETTLED, this.order.status)) {
        this.slow = true;
        this.flow.announce(this.i18n.m.stillApplying);
      }
    }, this.flow.timings.stillApplyingAfterMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#slowTimer);
    // A widget taken off the page stops polling.
    this.#wait.abort();
  }

  protected override render(): TemplateResult {
    const { m } = this.i18n;
    const order = this.order;
    if (order.status === 'completed' && order.receipt) return this.#renderReceipt(order.receipt);
    if (orderStatusIn(ORDER_STATUSES_FAILED, order.status) || order.status === 'canceled') {
      return this.#renderFailure(order);
    }
    const states = phaseStates(order.status);
    return html`
      <h2 tabindex="-1" part="heading">${m.doneHeading}</h2>
      <ol class="phases" part="phases">
        ${(['paid', 'provisioning', 'active'] as const).map(
          (phase) => html`<li class=${states[phase]} aria-current=${states[phase] === 'current' ? 'step' : 'false'}>
            <span class="dot" aria-hidden="true">${states[phase] === 'done' ? '✓' : ''}</span>
            <span>${m.phases[phase]} <span class="visually-hidden">(${m.phaseState[states[phase]]})</span></span>
          </li>`,
        )}
      </ol>
      ${
        this.slow || this.#wait.status === TaskStatus.ERROR
          ? html`<div class="alert info" part="still-applying">
            <p>${m.stillApplying}</p>
            ${this.#support()}
            ${
              this.#wait.status === TaskStatus.ERROR
                ? html`<button type="button" class="secondary" @click=${() => this.#wait.run()}>${m.retry}</button>`
                : nothing
            }
          </div>`
          : nothing
      }
    `;
  }

  #support(): TemplateResult | typeof nothing {
    const url = this.config.supportUrl;
    return url ? html`<p><a href=${url} target="_blank" rel="noopener">${this.i18n.m.contactSupport}</a></p>` : nothing;
  }

  #export(run: (module: typeof import('./receipt-export.ts')) => unknown): void {
    exporting().then(run, (error) => this.flow.reportError(error));
  }

  #renderReceipt(receipt: Receipt): TemplateResult {
    const { m, f } = this.i18n;
    return html`
      <h2 tabindex="-1" part="heading">${m.completeHeading}</h2>
      <p class="success-note" part="success">${m.completeIntro(f.date(receipt.newExpiresAt))}</p>
      ${
        receipt.autoRenewal
          ? html`<p class="auto-renew-note" part="auto-renew-note">${m.receiptAutoRenew}: ${autoRenewalText(this.i18n, receipt.autoRenewal)}</p>`
          : nothing
      }
      <section class="card-box receipt" part="receipt" aria-labelledby="receipt-heading">
        <h3 id="receipt-heading">${m.receiptHeading}</h3>
        ${renderReceiptList(this.i18n, receipt)}
      </section>
      <div class="actions">
        <button type="button" class="secondary" part="secondary-button" data-action="print" @click=${() => this.#export((x) => x.printReceipt(this.i18n, receipt))}>
          ${m.printReceipt}
        </button>
        <button type="button" class="secondary" part="secondary-button" data-action="save" @click=${() => this.#export((x) => x.saveReceipt(this.i18n, receipt))}>
          ${m.saveReceipt}
        </button>
        <button type="button" class="primary" part="submit-button" @click=${() => this.flow.restart()}>
          ${m.renewAnother}
        </button>
      </div>
    `;
  }

  #renderFailure(order: Order): TemplateResult {
    const { m, f } = this.i18n;
    const failure = order.failure;
    const amount = f.money(order.total);
    const refund =
      !failure || failure.code === 'payment_failed' || order.status === 'canceled'
        ? m.notCharged
        : failure.refunded || order.status === 'refunded'
          ? m.refunded(amount)
          : m.refundPending(amount);
    return html`
      <h2 tabindex="-1" part="heading">${m.failedHeading}</h2>
      <div class="alert danger" role="alert" part="error">
        <p>${failure ? m.failureReasons[failure.code] : m.errors.generic}</p>
        ${failure?.message ? html`<p class="small">${failure.message}</p>` : nothing}
        <p><strong>${refund}</strong></p>
        ${this.#support()}
      </div>
      <div class="actions">
        ${
          // The carrier refused this card: paying again would be refused (and refunded) again. Another card, yes.
          failure?.code === 'carrier_rejected'
            ? html`<button type="button" class="primary" part="submit-button" @click=${() => this.flow.restart()}>
              ${m.renewAnother}
            </button>`
            : html`<button type="button" class="primary" part="submit-button" @click=${() => this.flow.tryAgain()}>
              ${m.tryAgain}
            </button>`
        }
      </div>
    `;
  }
}
