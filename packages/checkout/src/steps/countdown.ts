import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A wait the customer sees count down (a locked card, a rate limit): re-renders the host every second until over. */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Epoch ms when the wait is over. */
  #until = 0;
  #now = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  start(seconds: number): void {
    this.#until = Date.now() + seconds * 1000;
    this.#tick();
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.#tick();
      if (!this.running) clearInterval(this.#timer);
    }, 1000);
  }

  #tick(): void {
    this.#now = Date.now();
    this.#host.requestUpdate();
  }

  /** Still waiting, as of the last tick. */
  get running(): boolean {
    return this.#until > this.#now;
  }

  /** Seconds left as of `now` (the last tick by default). */
  secondsLeft(now = this.#now): number {
    return (this.#until - now) / 1000;
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}
