import type { Card } from '@urcard/sdk';
import { html, type nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/localize.ts';

export interface BoundCardsOptions {
  i18n: I18n;
  /** The card id chosen, or `new` for "add a new card". */
  choice: string | null;
  pending: boolean;
  /** The error of the last selection, rendered. */
  error: TemplateResult | typeof nothing;
  choose: (choice: string) => void;
  submit: (choice: string | null) => void;
}

/** The signed-in customer's cards as one radio group, and "add a new card" (the card step's first screen then). */
export function renderBoundCards(cards: Card[], options: BoundCardsOptions): TemplateResult {
  const { m, f } = options.i18n;
  const { choice, pending } = options;
  return html`
      <form
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          options.submit(choice);
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
                @change=${() => options.choose(card.id)}
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
              @change=${() => options.choose('new')}
            />
            <span>${m.addNewCard}</span>
          </label>
        </fieldset>
        ${options.error}
        <div class="actions">
          <button type="submit" class="primary" part="submit-button" aria-disabled=${pending ? 'true' : 'false'}>
            ${pending ? html`<span class="spinner" aria-hidden="true"></span> ${m.verifying}` : m.continue}
          </button>
        </div>
      </form>
    `;
}
