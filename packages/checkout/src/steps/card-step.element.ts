import { Task, TaskStatus } from '@lit/task';
import type { Card, CardSession } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import { cardNumberProblem, normalizeCardNumber } from '@urcard/sdk/luhn';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { StepElement } from '../shared/step-element.ts';
import { renderCardForm } from './card-form.ts';
import { cardStepStyles } from './card-step.styles.ts';
import { CountdownController } from './countdown.ts';

/** Groups digits in fours as people read them off the card: `8986 0100 0000 0000 018`. */
export function groupDigits(input: string): string {
  return (
    normalizeCardNumber(input)
      .replace(/\D/g, '')
      .slice(0, 22)
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** The SDK's `pinSchema` as a pattern: the first download carries no zod (the server checks the PIN again). */
const PIN = /^\d{4,8}$/;

/** The verified card's summary: code only needed once a card is verified, so not in the first download. */
let summary: typeof import('./card-summary.ts') | undefined;
const loadSummary = () =>
  import('./card-summary.ts').then((module) => {
    summary = module;
  });

/**
 * Step 1: the card number and PIN, or one of the customer's bound cards; then the card's status and balance.
 *
 * @csspart heading - The step's heading.
 * @csspart input - Text inputs (card number, PIN).
 * @csspart submit-button - The step's primary action.
 * @csspart secondary-button - Secondary actions (use a different card).
 * @csspart error - Error messages.
 * @csspart card-summary - The verified card: number, status, expiry and balance.
 * @csspart balance-bar - A data or minutes balance bar.
 *
 * @tagname urcard-card-step
 */
export class UrcardCardStep extends StepElement {
  static override styles = [...StepElement.styles, cardStepStyles];
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    cardNumber: { state: true, attribute: false },
    cardNumberError: { state: true, attribute: false },
    pinError: { state: true, attribute: false },
    addingCard: { state: true, attribute: false },
  };

  /** The verified card, once there is one. */
  declare session: CardSession | null;

  declare private cardNumber: string;
  declare private cardNumberError: string | null;
  declare private pinError: string | null;
  /** The customer chose "add a new card" rather than a bound card. */
  declare private addingCard: boolean;

  private get pinInput(): HTMLInputElement {
    return this.renderRoot.querySelector('#pin') as HTMLInputElement;
  }
  private get cardNumberInput(): HTMLInputElement {
    return this.renderRoot.querySelector('#card-number') as HTMLInputElement;
  }

  constructor() {
    super();
    this.session = null;
    this.cardNumber = '';
    this.cardNumberError = null;
    this.pinError = null;
    this.addingCard = false;
  }

  #typed = false;
  /** Where focus goes once the session changes: the summary's heading after verifying, the form after "Use a different card". */
  #focusNext = false;
  /** Verifying is blocked for a while: a locked card for its number only, a rate limit for every card (`*`). */
  #block = new CountdownController(this);
  /** A signed-in customer's cards (bound-cards.ts, loaded only with a customer session). */
  #list: import('./bound-cards.ts').BoundCards | undefined;

  #bound = new Task(this, {
    task: async ([client, customerSession], { signal }) => {
      if (!customerSession) return [] as Card[];
      const [{ cards }, { BoundCards }] = await Promise.all([
        client.customer.listCards({ customerSession }, { signal }),
        import('./bound-cards.ts'),
      ]);
      this.#list ??= new BoundCards(this, {
        verified: (session) => this.#verified(session),
        addCard: () => {
          this.addingCard = true;
        },
        renderError: (error) => this.renderError(error),
      });
      return cards;
    },
    args: () => [this.client, this.config.customerSession] as const,
  });

  #verify = new Task(this, {
    autoRun: false,
    task: async (_args: readonly [], { signal }) => {
      // The PIN lives in the input only, until it is accepted or turned down; it is never kept anywhere else.
      const pin = normalizeCardNumber(this.pinInput.value);
      const session = await this.client.cards.verify({ cardNumber: this.cardNumber, pin }, { signal });
      this.#verified(session);
      return session;
    },
    onError: (error) => this.#onVerifyError(error),
  });

  /** The form the customer was typing in gives way to the card: keep their focus in the step, on its heading. */
  #verified(session: CardSession): void {
    this.#focusNext = this.matches(':focus-within');
    this.flow.cardVerified(session);
  }

  protected override firstUpdated(): void {
    // Only a verified card shows the summary: fetch it now, while the customer types.
    if (!summary) {
      loadSummary().then(
        () => this.requestUpdate(),
        (error: unknown) => this.flow.reportError(error),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.#focusNext) {
      this.#focusNext = false;
      this.renderRoot.querySelector<HTMLElement>(this.session ? 'h2' : 'input')?.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The `card-number` attribute prefills, until the customer types.
    if (changed.has('config') && !this.#typed) this.cardNumber = groupDigits(this.config.cardNumber ?? '');
  }

  /** What blocks verifying the card typed, if anything: a rate limit blocks every card, a lock only its number. */
  #blocked(now?: number): string | null {
    const { m, f } = this.i18n;
    const all = this.#block.secondsLeft('*', now);
    const card = this.#block.secondsLeft(normalizeCardNumber(this.cardNumber), now);
    return all > 0 ? m.rateLimited(f.countdown(all)) : card > 0 ? m.cardLocked(f.countdown(card)) : null;
  }

  #onVerifyError(error: unknown): void {
    // A request that never got an answer keeps the PIN for another try; a wrong PIN (or any other answer) clears it.
    if (!isUrcardError(error) || !error.retryable) this.pinInput.value = '';
    if (isUrcardError(error) && (error.code === 'card_locked' || error.code === 'rate_limited')) {
      const key = error.code === 'rate_limited' ? '*' : normalizeCardNumber(this.cardNumber);
      this.#block.start(key, error.retryAfterSeconds ?? 60);
    }
    if (isUrcardError(error) && error.code === 'invalid_card_number') {
      this.cardNumberError = this.i18n.m.cardNumberProblems.check_digit;
    }
    const text = this.#verifyErrorText(error);
    this.flow.announce(text);
    this.flow.reportError(error);
    this.pinInput?.focus();
  }

  #verifyErrorText(error: unknown): string {
    const { m } = this.i18n;
    if (!isUrcardError(error)) return m.errors.generic;
    switch (error.code) {
      case 'invalid_credentials':
        return m.invalidCredentials(error.attemptsRemaining);
      case 'card_locked':
      case 'rate_limited':
        return this.#blocked(Date.now()) ?? m.errors.generic;
      case 'invalid_card_number':
        return m.cardNumberProblems.check_digit;
      default:
        return m.errors[error.code] ?? m.errors.generic;
    }
  }

  #onCardInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.#typed = true;
    // Keep the caret after the same number of digits once the groups are re-spaced.
    const caret = input.selectionStart ?? input.value.length;
    const digitsBefore = groupDigits(input.value.slice(0, caret)).replace(/ /g, '').length;
    const grouped = groupDigits(input.value);
    input.value = grouped;
    let pos = 0;
    for (let seen = 0; pos < grouped.length && seen < digitsBefore; pos++) if (grouped[pos] !== ' ') seen++;
    input.setSelectionRange(pos, pos);
    this.cardNumber = grouped;
    if (this.cardNumberError) this.#checkCardNumber();
  }

  #checkCardNumber(): boolean {
    const problem = cardNumberProblem(this.cardNumber);
    this.cardNumberError = problem ? this.i18n.m.cardNumberProblems[problem] : null;
    return problem === null;
  }

  #checkPin(): boolean {
    const ok = PIN.test(normalizeCardNumber(this.pinInput.value));
    this.pinError = ok ? null : this.i18n.m.pinProblem;
    return ok;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#verify.status === TaskStatus.PENDING || this.#blocked()) return;
    const cardOk = this.#checkCardNumber();
    const pinOk = this.#checkPin();
    if (!cardOk) {
      this.cardNumberInput.focus();
      return;
    }
    if (!pinOk) {
      this.pinInput.focus();
      return;
    }
    this.cardNumber = groupDigits(normalizeCardNumber(this.cardNumber));
    this.#verify.run();
  }

  #changeCard(): void {
    this.addingCard = false;
    if (this.#list) this.#list.choice = null;
    this.#verify.abort();
    this.flow.forgetCard();
    // The summary's button goes: focus on the form's first control (the card number, or the first bound card).
    this.#focusNext = true;
  }

  protected override render(): TemplateResult {
    const { m } = this.i18n;
    if (this.session) {
      return html`<h2 tabindex="-1" part="heading">${m.cardHeading}</h2>
        ${
          // The summary's English comes with the rest of English (the checkout fetches it once a card is verified).
          summary && this.i18n.complete
            ? summary.renderCardSummary(this.session.card, {
                i18n: this.i18n,
                supportUrl: this.config.supportUrl,
                changeCard: () => this.#changeCard(),
                next: () => this.flow.goTo('plan'),
              })
            : this.renderLoading(m.loading)
        }`;
    }
    const list = this.config.customerSession && !this.addingCard ? this.#bound : null;
    return html`
      <h2 tabindex="-1" part="heading">${m.cardHeading}</h2>
      ${
        list
          ? list.render({
              pending: () => this.renderLoading(m.loadingBoundCards),
              // The list's strings come with the rest of English (the checkout fetches it for a customer session).
              complete: (cards) =>
                cards.length === 0
                  ? this.#renderForm()
                  : this.i18n.complete
                    ? this.#list!.render(cards)
                    : this.renderLoading(m.loadingBoundCards),
              error: (error) => html`${this.renderError(error)}${this.#renderForm()}`,
            })
          : this.#renderForm()
      }
    `;
  }

  #renderForm(): TemplateResult {
    const error = this.#verify.error;
    return renderCardForm({
      i18n: this.i18n,
      cardNumber: this.cardNumber,
      cardNumberError: this.cardNumberError,
      pinError: this.pinError,
      pending: this.#verify.status === TaskStatus.PENDING,
      blocked: this.#blocked(),
      error,
      errorText: this.#verify.status === TaskStatus.ERROR ? this.#verifyErrorText(error) : null,
      submit: (event) => this.#onSubmit(event),
      cardInput: (event) => this.#onCardInput(event),
      cardBlur: () => {
        if (this.cardNumber) this.#checkCardNumber();
      },
      pinInput: () => {
        if (this.pinError) this.#checkPin();
      },
    });
  }
}
