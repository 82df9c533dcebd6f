import type { Card, Money, SetAutoRenewRequest } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AutoRenewChangeEvent } from '../auto-renew-change-event.ts';
import { StepElement } from '../shared/step-element.ts';
import { capChoice, capOptions } from './low-data-caps.ts';

/**
 * The card as the server last answered a switch for it, keyed by the card object the session holds: the card step
 * renders the session's card again after a change, and a new switch must not show the old state.
 */
const answered = new WeakMap<Card, Card>();

/**
 * The card summary's auto-renew switch: the card's state and next charge, and a switch to turn it off (and on, when
 * the card has a saved payment method) through `POST /v1/cards/current/auto-renew`. A checkbox with `role="switch"`,
 * so screen readers announce "on"/"off"; the result is announced too. While auto-renew is on, and where the server's
 * carrier tells when data runs low (`autoRenew.lowData`), an "also when my data runs low" checkbox with a select of
 * the monthly cap. Lives in the card summary's chunk.
 *
 * @fires {AutoRenewChangeEvent} urcard-auto-renew-change - The server accepted a change.
 * @csspart auto-renew-switch - The switch.
 * @csspart error - Why the change was refused.
 * @csspart low-data - The low-data choice (checkbox, cap, this month's spend).
 * @csspart low-data-checkbox - "Also when my data runs low".
 * @csspart low-data-cap - The select of the monthly cap.
 *
 * @tagname urcard-auto-renew-switch
 */
export class UrcardAutoRenewSwitch extends StepElement {
  static override styles = [
    ...StepElement.styles,
    css`
      :host {
        display: block;
      }
      .switch {
        display: flex;
        align-items: flex-start;
        gap: calc(var(--_spacing) * 0.5);
        cursor: pointer;
      }
      .switch > input {
        margin-block-start: 0.2em;
      }
      .hint {
        margin-block: 0.25em 0;
        margin-inline-start: calc(1.15em + var(--_spacing) * 0.5);
      }
      .low-data {
        margin-block-start: calc(var(--_spacing) * 0.75);
      }
      .cap {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_spacing) * 0.5);
        margin-block-start: calc(var(--_spacing) * 0.5);
        margin-inline-start: calc(1.15em + var(--_spacing) * 0.5);
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    card: { attribute: false },
    busy: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    capAmount: { state: true, attribute: false },
  };

  /** The verified card, as the session holds it. */
  declare card: Card;
  declare private busy: boolean;
  /** Why the last change was refused, localised. */
  declare private failure: string | null;
  /** The cap chosen in the select (minor units), before the server has it. */
  declare private capAmount: number | null;

  constructor() {
    super();
    this.busy = false;
    this.failure = null;
    this.capAmount = null;
  }

  /** The card's latest state: the server's last answer to this switch, or the session's card. */
  get #card(): Card {
    return answered.get(this.card) ?? this.card;
  }

  /** Auto-renew switched: the low-data choice rides along unchanged (the server turns it off with auto-renew). */
  #toggle(enabled: boolean): Promise<void> {
    const { m } = this.i18n;
    return this.#send({ enabled }, (card) => (card.autoRenew.enabled ? m.autoRenewTurnedOn : m.autoRenewTurnedOff));
  }

  /** "Also when my data runs low" checked or unchecked: enabling sends the chosen cap (the server requires one). */
  #toggleLowData(enabled: boolean): Promise<void> {
    const { m } = this.i18n;
    const monthlyCap = this.#capChoice();
    return this.#send({ enabled: true, lowData: enabled ? { enabled, monthlyCap } : { enabled } }, (card) =>
      card.autoRenew.lowData?.enabled ? m.lowDataTurnedOn : m.lowDataTurnedOff,
    );
  }

  /** A cap chosen: kept here while the top-ups are off, sent at once while they are on. */
  #chooseCap(amount: number): Promise<void> {
    this.capAmount = amount;
    const lowData = this.#card.autoRenew.lowData;
    if (!lowData?.enabled) return Promise.resolve();
    const { m, f } = this.i18n;
    const monthlyCap = this.#capChoice();
    return this.#send({ enabled: true, lowData: { enabled: true, monthlyCap } }, () =>
      m.lowDataCapSet(f.money(monthlyCap)),
    );
  }

  #capChoice(): Money {
    const autoRenew = this.#card.autoRenew;
    return capChoice(capOptions(autoRenew), this.capAmount ?? autoRenew.lowData?.monthlyCap?.amount)!;
  }

  async #send(request: SetAutoRenewRequest, announce: (card: Card) => string): Promise<void> {
    const session = this.flow.session;
    if (!session || this.busy) return;
    const { m } = this.i18n;
    const before = this.#card.autoRenew.enabled;
    this.busy = true;
    this.failure = null;
    try {
      const { card } = await this.client.cards.setAutoRenew({ cardToken: session.cardToken, ...request });
      answered.set(this.card, card);
      this.flow.announce(announce(card));
      if (card.autoRenew.enabled !== before || !request.lowData) {
        this.dispatchEvent(
          new AutoRenewChangeEvent({
            cardId: card.id,
            enabled: card.autoRenew.enabled,
            partnerRef: this.config.partnerRef,
          }),
        );
      }
    } catch (error) {
      const unavailable = isUrcardError(error) && error.code === 'auto_renew_unavailable';
      const text = isUrcardError(error) ? (m.errors[error.code] ?? m.errors.generic) : m.errors.generic;
      this.failure =
        unavailable && !this.#card.autoRenew.hasPaymentMethod ? `${text} ${m.autoRenewNeedsPaymentMethod}` : text;
      this.flow.announce(this.failure);
      this.flow.reportError(error);
    } finally {
      this.busy = false;
    }
  }

  /** The low-data choice, while auto-renew is on and the server's carrier tells when data runs low. */
  #renderLowData(): TemplateResult | typeof nothing {
    const { autoRenew } = this.#card;
    const lowData = autoRenew.lowData;
    const options = capOptions(autoRenew);
    if (!autoRenew.enabled || !lowData || options.length === 0) return nothing;
    const { m, f } = this.i18n;
    const chosen = this.#capChoice();
    return html`
      <div class="low-data" part="low-data" role="group" aria-labelledby="low-data-label">
        <label class="switch">
          <input
            type="checkbox"
            part="low-data-checkbox"
            .checked=${live(lowData.enabled)}
            aria-describedby="low-data-help${lowData.enabled ? ' low-data-spent' : ''}"
            aria-busy=${this.busy ? 'true' : 'false'}
            @change=${(e: Event) => this.#toggleLowData((e.target as HTMLInputElement).checked)}
          />
          <span id="low-data-label">${m.lowDataLabel}</span>
        </label>
        <p id="low-data-help" class="hint small">${m.lowDataHelp}</p>
        <label class="cap">
          <span>${m.lowDataCapLabel}</span>
          <select
            part="low-data-cap"
            aria-busy=${this.busy ? 'true' : 'false'}
            @change=${(e: Event) => this.#chooseCap(Number((e.target as HTMLSelectElement).value))}
          >
            ${options.map(
              (o) => html`<option value=${o.amount} ?selected=${o.amount === chosen.amount}>${f.money(o)}</option>`,
            )}
          </select>
        </label>
        ${
          lowData.enabled && lowData.monthlyCap
            ? html`<p id="low-data-spent" class="hint small">
              ${m.lowDataSpent(f.money(lowData.spentThisMonth), f.money(lowData.monthlyCap))}
            </p>`
            : nothing
        }
      </div>
    `;
  }

  protected override render(): TemplateResult {
    const { m } = this.i18n;
    const { autoRenew } = this.#card;
    const state = autoRenew.enabled
      ? autoRenew.nextCharge
        ? m.autoRenewNextCharge(
            this.i18n.f.money(autoRenew.nextCharge.amount),
            this.i18n.f.date(autoRenew.nextCharge.chargeAt),
          )
        : m.autoRenewLabel
      : m.autoRenewIsOff;
    return html`
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="auto-renew-switch"
          .checked=${live(autoRenew.enabled)}
          aria-describedby="auto-renew-state"
          aria-busy=${this.busy ? 'true' : 'false'}
          @change=${(e: Event) => this.#toggle((e.target as HTMLInputElement).checked)}
        />
        <span>${m.autoRenewLabel}</span>
      </label>
      <p id="auto-renew-state" class="hint small">
        ${state}${!autoRenew.enabled && !autoRenew.hasPaymentMethod ? html` ${m.autoRenewNeedsPaymentMethod}` : nothing}
      </p>
      ${this.#renderLowData()}
      ${this.failure ? html`<div class="alert danger" role="alert" part="error"><p>${this.failure}</p></div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'urcard-auto-renew-switch': UrcardAutoRenewSwitch;
  }
}
