import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Waits the customer sees count down, each for its own key: a locked card for its card number (the server locks
 * only that number), a rate limit for every card (key `*`). Re-renders the host every second while one is running.
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Epoch ms when each wait is over. */
  readonly #until = new Map<string, number>();
  #now = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  start(key: string, seconds: number): void {
    this.#until.set(key, Date.now() + seconds * 1000);
    this.#tick();
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.#tick();
      if (![...this.#until.values()].some((until) => until > this.#now)) clearInterval(this.#timer);
    }, 1000);
  }

  #tick(): void {
    this.#now = Date.now();
    this.#host.requestUpdate();
  }

  /** Seconds left for `key` as of `now` (the last tick by default); zero or less when it is not waiting. */
  secondsLeft(key: string, now = this.#now): number {
    return ((this.#until.get(key) ?? 0) - now) / 1000;
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}
