import { type Context, ContextConsumer } from '@lit/context';
import type { UrcardClient } from '@urcard/sdk';
import { isUrcardError } from '@urcard/sdk/errors';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CheckoutConfig } from '../checkout/config.ts';
import { clientContext, configContext, flowContext, i18nContext } from '../checkout/context.ts';
import type { I18n } from '../i18n/localize.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Flow } from '../steps/flow.ts';
import { uiStyles } from './ui.styles.ts';

/** The localised sentence for an error, and the request id to quote to support. */
export function describeError(m: Messages, error: unknown): { text: string; reference: string | null } {
  if (isUrcardError(error)) return { text: m.errors[error.code] ?? m.errors.generic, reference: error.requestId };
  return { text: m.errors.generic, reference: null };
}

/**
 * Base of the four step elements: the shared inputs, styles and focus handling. What every step needs from the
 * checkout (client, config, strings, flow) arrives through context; each is a reactive property, so that a step's
 * `willUpdate` sees `changed.has('config')` and its tasks re-run on a new client.
 */
export abstract class StepElement extends LitElement {
  static override styles = [uiStyles];
  static override properties: PropertyDeclarations = {
    i18n: { attribute: false },
    client: { attribute: false },
    config: { attribute: false },
    flow: { attribute: false },
  };

  /** Strings and formatters of the checkout's locale. */
  declare i18n: I18n;
  /** The SDK client the checkout uses. */
  declare client: UrcardClient;
  /** The checkout's parsed configuration. */
  declare config: CheckoutConfig;
  /** The checkout that holds this step. */
  declare flow: Flow;

  constructor() {
    super();
    this.#consume(i18nContext, (value) => {
      this.i18n = value;
    });
    this.#consume(clientContext, (value) => {
      this.client = value;
    });
    this.#consume(configContext, (value) => {
      this.config = value;
    });
    this.#consume(flowContext, (value) => {
      this.flow = value;
    });
  }

  #consume<T>(context: Context<unknown, T>, set: (value: T) => void): void {
    new ContextConsumer(this, { context, subscribe: true, callback: set });
  }

  /** Moves focus to the step's heading (after a step change), so screen readers read where the customer is. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    const { m } = this.i18n;
    const { text, reference } = describeError(m, error);
    return html`<div class="alert danger" role="alert" part="error">
      <p>${text}</p>
      ${reference ? html`<p class="small muted">${m.errorReference(reference)}</p>` : nothing}
      ${retry ? html`<button type="button" class="secondary" @click=${retry}>${m.retry}</button>` : nothing}
    </div>`;
  }

  protected renderLoading(text: string): TemplateResult {
    return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${text}</p>`;
  }
}
