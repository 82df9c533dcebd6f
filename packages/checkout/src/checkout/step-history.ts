import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STEPS, type Step } from '../i18n/messages.ts';

/** The key of the step in a history entry's state. */
const KEY = 'urcardCheckoutStep';

const stepOf = (state: unknown): Step | null => {
  const step = (state as Record<string, unknown> | null)?.[KEY];
  return STEPS.includes(step as Step) ? (step as Step) : null;
};

/**
 * `history="steps"`: a browser history entry per step, so that Back returns to the previous step and Forward goes
 * on again, with the work kept (the verified card stays in memory, so no PIN again; the plan and promo code chosen).
 * Opt-in, and loaded only then: a page with a router of its own keeps its history to itself. Entries are
 * `{ urcardCheckoutStep }`; the page's own entries and their state are never changed, except that the entry the
 * widget starts on gets the step added to its state.
 */
export class StepHistory implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #current: () => Step;
  readonly #goTo: (step: Step) => void;

  readonly #onPop = (event: PopStateEvent): void => {
    const step = stepOf(event.state);
    if (!step || step === this.#current()) return;
    // A finished payment is not undone by Back: the done step stays, as the newest entry.
    if (this.#current() === 'done') {
      history.pushState({ [KEY]: 'done' }, '');
      return;
    }
    this.#goTo(step);
  };

  /** `first`: the step the widget was on when history="steps" took effect (its entry gets that step). */
  constructor(host: ReactiveControllerHost, first: Step, current: () => Step, goTo: (step: Step) => void) {
    this.#host = host;
    this.#current = current;
    this.#goTo = goTo;
    const state = history.state;
    if (!stepOf(state)) {
      history.replaceState({ ...(typeof state === 'object' ? state : {}), [KEY]: first }, '');
    }
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPop);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPop);
  }

  /** The widget moved to `step`: a new entry, unless Back or Forward brought it there (the entry says that step). */
  moved(step: Step): void {
    if (stepOf(history.state) !== step) history.pushState({ [KEY]: step }, '');
  }

  /** The attribute was removed: history is left alone from now on. */
  stop(): void {
    this.hostDisconnected();
    this.#host.removeController(this);
  }
}
