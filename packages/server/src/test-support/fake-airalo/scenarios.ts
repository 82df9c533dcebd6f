import type { Json } from './types.ts';

/** What a scheduled scenario does to the next matching request. */
export type Scenario =
  /** Answer this status and body without doing anything (5xx: an outage; 422; 429 with Retry-After seconds). */
  | { kind: 'fail'; status: number; body?: Json; retryAfterS?: number }
  /** Do the work, then answer only after `release()` (a slow carrier). */
  | { kind: 'slow' }
  /** Do the work, then close the connection without answering: the caller cannot know it happened. */
  | { kind: 'hang-up' };

interface Scheduled {
  method: string;
  path: RegExp;
  scenario: Scenario;
  times: number;
  release: Promise<void>;
  arrived: () => void;
}

/** Scenarios scheduled by a test, each for the next `times` requests matching `method path`. */
export class Scenarios {
  readonly #scheduled: Scheduled[] = [];

  add(method: string, path: RegExp, scenario: Scenario, times = 1): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#scheduled.push({ method, path, scenario, times, release: released, arrived });
    return { arrived: arrival, release };
  }

  /** The scenario of this request, if one is scheduled (and counts it). */
  take(method: string, path: string): { scenario: Scenario; released: Promise<void> } | null {
    const found = this.#scheduled.find((s) => s.method === method && s.path.test(path));
    if (!found) return null;
    if (--found.times === 0) this.#scheduled.splice(this.#scheduled.indexOf(found), 1);
    found.arrived();
    return { scenario: found.scenario, released: found.release };
  }
}
