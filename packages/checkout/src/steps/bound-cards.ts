import { Task, TaskStatus } from '@lit/task';
import type { Card, CardSession, UrcardClient } from '@urcard/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CheckoutConfig } from '../checkout/config.ts';
import type { I18n } from '../i18n/localize.ts';
import type { Flow } from './flow.ts';

/** What the list needs from the card step that shows it. */
export interface BoundCardsHost extends ReactiveControllerHost {
  readonly client: UrcardClient;
  readonly config: CheckoutConfig;
  readonly i18n: I18n;
  readonly flow: Flow;
}

export interface BoundCardsOptions {
  /** A card was chosen and its session issued. */
  verified: (session: CardSession) => void;
  /** The customer chose "add a new card": the card step shows its form. */
  addCard: () => void;
  renderError: (error: unknown) => TemplateResult;
}

/**
 * The signed-in customer's cards as one radio group, and "add a new card"; choosing one asks the server for its
 * session. Loaded only with a customer session, so none of it is in the first download.
 */
export class BoundCards {
  /** The card id chosen, or `new` for "add a new card"; the first card until the customer chooses. */
  choice: string | null = null;
  readonly #host: BoundCardsHost;
  readonly #options: BoundCardsOptions;
  readonly #select: Task<readonly [string], CardSession>;

  constructor(host: BoundCardsHost, options: BoundCardsOptions) {
    this.#host = host;
    this.#options = options;
    this.#select = new Task(host, {
      autoRun: false,
      task: async ([cardId]: readonly [string], { signal }) => {
        const customerSession = host.config.customerSession ?? undefined;
        const session = await host.client.customer.selectCard({ customerSession, cardId }, { signal });
        options.verified(session);
        return session;
      },
      onError: (error) => host.flow.reportError(error),
    });
  }

  render(cards: Card[]): TemplateResult {
    const { m, f } = this.#host.i18n;
    const choice = this.choice ?? cards[0]?.id ?? null;
    const pending = this.#select.status === TaskStatus.PENDING;
    const choose = (id: string) => {
      this.choice = id;
      this.#host.requestUpdate();
    };
    return html`
      <form
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          if (pending) return;
          if (choice === 'new') this.#options.addCard();
          else if (choice) this.#select.run([choice]);
        }}
      >
        <fieldset class="choices">
          <legend>${m.boundCardsLegend}</legend>
          ${cards.map(
            (card) => html`<label class="choice">
              <input
                type="radio"
                name="bound-card"
                .value=${card.id}
                .checked=${live(choice === card.id)}
                @change=${() => choose(card.id)}
              />
              <span
                >${m.boundCardOption(
                  card.maskedNumber,
                  m.cardStatus[card.status],
                  card.daysLeft < 0 ? m.expiredOn(f.date(card.expiresAt)) : m.expiresOn(f.date(card.expiresAt)),
                )}</span
              >
            </label>`,
          )}
          <label class="choice">
            <input
              type="radio"
              name="bound-card"
              value="new"
              .checked=${live(choice === 'new')}
              @change=${() => choose('new')}
            />
            <span>${m.addNewCard}</span>
          </label>
        </fieldset>
        ${this.#select.status === TaskStatus.ERROR ? this.#options.renderError(this.#select.error) : nothing}
        <div class="actions">
          <button type="submit" class="primary" part="submit-button" aria-disabled=${pending ? 'true' : 'false'}>
            ${pending ? html`<span class="spinner" aria-hidden="true"></span> ${m.verifying}` : m.continue}
          </button>
        </div>
      </form>
    `;
  }
}
