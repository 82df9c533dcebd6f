import { isTerminalOrderStatus } from './contract/enums.ts';
import type { Order, OrderStatus } from './contract/orders.ts';
import { isUrcardError, UrcardError } from './errors.ts';
import { abortedError, sleep } from './retry.ts';

export interface WaitForCompletionOptions {
  signal?: AbortSignal;
  /** Called with the order on the first poll and whenever its status changes. */
  onUpdate?: (order: Order) => void;
  /** Give up after this long (ms), with a `timeout` UrcardError carrying the last order. Default 15 minutes. */
  timeoutMs?: number;
  /** Poll interval (ms) for the first `slowAfterMs`. Default 2 s. */
  intervalMs?: number;
  /** Poll interval (ms) after `slowAfterMs`. Default 10 s. */
  slowIntervalMs?: number;
  /** When to switch to `slowIntervalMs` (ms since the start). Default 1 minute. */
  slowAfterMs?: number;
  /** Time allowed for each poll request (ms); the client's `timeoutMs` by default. */
  requestTimeoutMs?: number;
}

export const WAIT_DEFAULTS = {
  timeoutMs: 15 * 60_000,
  intervalMs: 2_000,
  slowIntervalMs: 10_000,
  slowAfterMs: 60_000,
} as const;

/**
 * Statuses the wait ends on. `failed` is included although the contract does not call it terminal (a failed
 * order may still move to `refunded`): for the customer the outcome is known, and `order.failure.refunded`
 * tells whether the money went back yet.
 */
export function isSettledOrderStatus(status: OrderStatus): boolean {
  return status === 'failed' || isTerminalOrderStatus(status);
}

type GetOrder = (orderId: string, options: { signal?: AbortSignal; timeoutMs?: number }) => Promise<Order>;

/**
 * Polls an order until it settles (completed, failed, refunded or canceled). Transient failures of a poll
 * (network, timeout, 5xx, 429: already retried by the request) do not end the wait; any other error does.
 */
export async function waitForCompletion(
  getOrder: GetOrder,
  orderId: string,
  options: WaitForCompletionOptions = {},
): Promise<Order> {
  const { signal, onUpdate } = options;
  const timeoutMs = options.timeoutMs ?? WAIT_DEFAULTS.timeoutMs;
  const intervalMs = options.intervalMs ?? WAIT_DEFAULTS.intervalMs;
  const slowIntervalMs = options.slowIntervalMs ?? WAIT_DEFAULTS.slowIntervalMs;
  const slowAfterMs = options.slowAfterMs ?? WAIT_DEFAULTS.slowAfterMs;
  const started = Date.now();
  const what = `Waiting for order ${orderId}`;
  let last: Order | undefined;
  let lastError: UrcardError | undefined;

  for (;;) {
    if (signal?.aborted) throw abortedError(signal, what);
    try {
      const order = await getOrder(orderId, { signal, timeoutMs: options.requestTimeoutMs });
      lastError = undefined;
      if (order.status !== last?.status) onUpdate?.(order);
      last = order;
      if (isSettledOrderStatus(order.status)) return order;
    } catch (error) {
      if (!isUrcardError(error) || !error.retryable || error.code === 'aborted') throw error;
      lastError = error;
    }

    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      throw new UrcardError(
        'timeout',
        `${what}: still ${last?.status ?? 'unknown'} after ${Math.round(elapsed / 1000)} s`,
        { order: last, cause: lastError },
      );
    }
    const interval = elapsed < slowAfterMs ? intervalMs : slowIntervalMs;
    await sleep(Math.min(interval, timeoutMs - elapsed), signal);
  }
}
