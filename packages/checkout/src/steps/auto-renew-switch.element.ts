import type { Card } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AutoRenewChangeEvent } from '../auto-renew-change-event.ts';
import { StepElement } from '../shared/step-element.ts';

/**
 * The card as the server last answered a switch for it, keyed by the card object the session holds: the card step
 * renders the session's card again after a change, and a new switch must not show the old state.
 */
const answered = new WeakMap<Card, Card>();

/**
 * The card summary's auto-renew switch: the card's state and next charge, and a switch to turn it off (and on, when
 * the card has a saved payment method) through `POST /v1/cards/current/auto-renew`. A checkbox with `role="switch"`,
 * so screen readers announce "on"/"off"; the result is announced too. Lives in the card summary's chunk.
 *
 * @fires {AutoRenewChangeEvent} urcard-auto-renew-change - The server accepted a change.
 * @csspart auto-renew-switch - The switch.
 * @csspart error - Why the change was refused.
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
    `,
  ];
  static override properties: PropertyDeclarations = {
    card: { attribute: false },
    busy: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** The verified card, as the session holds it. */
  declare card: Card;
  declare private busy: boolean;
  /** Why the last change was refused, localised. */
  declare private failure: string | null;

  constructor() {
    super();
    this.busy = false;
    this.failure = null;
  }

  /** The card's latest state: the server's last answer to this switch, or the session's card. */
  get #card(): Card {
    return answered.get(this.card) ?? this.card;
  }

  async #toggle(enabled: boolean): Promise<void> {
    const session = this.flow.session;
    if (!session || this.busy) return;
    const { m } = this.i18n;
    this.busy = true;
    this.failure = null;
    try {
      const { card } = await this.client.cards.setAutoRenew({ cardToken: session.cardToken, enabled });
      answered.set(this.card, card);
      this.flow.announce(card.autoRenew.enabled ? m.autoRenewTurnedOn : m.autoRenewTurnedOff);
      this.dispatchEvent(
        new AutoRenewChangeEvent({
          cardId: card.id,
          enabled: card.autoRenew.enabled,
          partnerRef: this.config.partnerRef,
        }),
      );
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
      ${this.failure ? html`<div class="alert danger" role="alert" part="error"><p>${this.failure}</p></div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'urcard-auto-renew-switch': UrcardAutoRenewSwitch;
  }
}
