import { isUrcardError } from '@urcard/sdk/errors';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/localize.ts';

export interface CardFormOptions {
  i18n: I18n;
  /** The card number as shown, in groups of four. */
  cardNumber: string;
  cardNumberError: string | null;
  pinError: string | null;
  pending: boolean;
  /** Why verifying this card is blocked, and for how long (its card number locked, or rate limited); or null. */
  blocked: string | null;
  /** The last verification's error, and its sentence when it failed. */
  error: unknown;
  errorText: string | null;
  submit: (event: SubmitEvent) => void;
  cardInput: (event: InputEvent) => void;
  cardBlur: () => void;
  pinInput: () => void;
}

/** The card step's form: card number and PIN, the verification's error or countdown, and the submit button. */
export function renderCardForm(o: CardFormOptions): TemplateResult {
  const { m } = o.i18n;
  const { pending, blocked, error } = o;
  return html`
    <p class="muted">${m.cardIntro}</p>
    <form novalidate @submit=${o.submit}>
      <div class="stack">
        <div class="field">
          <label for="card-number">${m.cardNumberLabel}</label>
          <input
            id="card-number"
            part="input"
            name="urcard-iccid"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            maxlength="27"
            .value=${live(o.cardNumber)}
            aria-invalid=${o.cardNumberError ? 'true' : 'false'}
            aria-describedby="card-number-hint${o.cardNumberError ? ' card-number-error' : ''}"
            @input=${o.cardInput}
            @blur=${o.cardBlur}
          />
          <span id="card-number-hint" class="hint">${m.cardNumberHint}</span>
          ${
            o.cardNumberError
              ? html`<p id="card-number-error" class="field-error" part="error">${o.cardNumberError}</p>`
              : nothing
          }
        </div>
        <div class="field pin">
          <label for="pin">${m.pinLabel}</label>
          <input
            id="pin"
            part="input"
            type="password"
            name="urcard-pin"
            inputmode="numeric"
            autocomplete="off"
            maxlength="8"
            data-1p-ignore
            data-lpignore="true"
            aria-invalid=${o.pinError ? 'true' : 'false'}
            aria-describedby="pin-hint${o.pinError ? ' pin-error' : ''}"
            @input=${o.pinInput}
          />
          <span id="pin-hint" class="hint">${m.pinHint}</span>
          ${o.pinError ? html`<p id="pin-error" class="field-error" part="error">${o.pinError}</p>` : nothing}
        </div>
      </div>
      ${
        blocked
          ? html`<div class="alert danger" part="error">
            <p role="timer" aria-live="off">${blocked}</p>
          </div>`
          : o.errorText !== null &&
              !(isUrcardError(error) && (error.code === 'card_locked' || error.code === 'rate_limited'))
            ? html`<div class="alert danger" role="alert" part="error">
              <p>${o.errorText}</p>
              ${
                isUrcardError(error) && error.requestId && error.code !== 'invalid_credentials'
                  ? html`<p class="small muted">${m.errorReference(error.requestId)}</p>`
                  : nothing
              }
            </div>`
            : nothing
      }
      <div class="actions">
        <button
          type="submit"
          class="primary"
          part="submit-button"
          ?disabled=${!!blocked}
          aria-disabled=${pending ? 'true' : 'false'}
        >
          ${pending ? html`<span class="spinner" aria-hidden="true"></span> ${m.verifying}` : m.verifyButton}
        </button>
      </div>
    </form>
  `;
}
