import { StripeApiError } from './api-error.ts';
import type { RecordedRequest } from './types.ts';

/** A scheduled failure: the next `times` requests matching `method` and `path` answer `status`. */
interface Failure {
  method: string;
  path: RegExp;
  status: number;
  times: number;
}

/** An answer held back until `released` resolves; `arrived` is called when the request has come. */
interface Hold {
  method: string;
  path: RegExp;
  released: Promise<void>;
  arrived: () => void;
}

/** Failures and delays scheduled by a test (FakeStripe.fail and FakeStripe.hold), matched against requests. */
export class FailureInjection {
  readonly #failures: Failure[] = [];
  readonly #holds: Hold[] = [];

  /** The next `times` requests to `method path` answer `status` (500: an outage) without doing anything. */
  fail(method: string, path: RegExp, status = 500, times = 1): void {
    this.#failures.push({ method, path, status, times });
  }

  /**
   * Holds the answer to the next request to `method path`: Stripe does the work at once (objects, events), but
   * the caller hears back only after `release()`. `arrived` resolves when the request has come.
   */
  hold(method: string, path: RegExp): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    const hold = {
      method,
      path,
      released: new Promise<void>((resolve) => {
        release = resolve;
      }),
      arrived: () => {},
    };
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    hold.arrived = arrived;
    this.#holds.push(hold);
    return { arrived: arrival, release };
  }

  /** Throws the scheduled failure of this request, if there is one (and counts it). */
  throwIfFailing(record: RecordedRequest): void {
    const failure = this.#failures.find((f) => f.method === record.method && f.path.test(record.path));
    if (failure) {
      if (--failure.times === 0) this.#failures.splice(this.#failures.indexOf(failure), 1);
      throw new StripeApiError(failure.status, {
        type: 'api_error',
        message: 'An unknown error occurred (fake outage)',
      });
    }
  }

  /** Takes the hold on this request, if there is one: signals its arrival and answers when it is released. */
  takeHold(record: RecordedRequest): Promise<void> | null {
    const hold = this.#holds.find((h) => h.method === record.method && h.path.test(record.path));
    if (!hold) return null;
    this.#holds.splice(this.#holds.indexOf(hold), 1);
    hold.arrived();
    return hold.released;
  }
}
