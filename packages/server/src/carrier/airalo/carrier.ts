import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { RetryLaterError } from '../../jobs/retry-later.ts';
import type { Logger } from '../../log.ts';
import type { CardRecord } from '../../store/types.ts';
import type {
  Carrier,
  CarrierPlan,
  CarrierUsage,
  CarrierWebhookContext,
  RenewalAnswer,
  RenewalRequest,
  ReversalAnswer,
  ReversalRequest,
} from '../carrier.ts';
import type { AiraloClient } from './client.ts';
import { AiraloApiError } from './errors.ts';
import { airaloWebhooks } from './notifications.ts';
import type { AiraloPackages } from './packages.ts';
import type { AiraloRefunds } from './refunds.ts';
import type { AiraloSims } from './sims.ts';
import { readAiraloUsage } from './usage.ts';

/** A top-up order as Airalo answers it (the fields we read). */
export interface AiraloOrder {
  id: number;
  code: string;
  package_id: string;
  description: string | null;
  created_at: string;
}

export interface AiraloCarrierOptions {
  client: AiraloClient;
  sims: AiraloSims;
  /** The eSIM's top-up list: the plans of Airalo cards. */
  packages: AiraloPackages;
  /** Reversals: Airalo's refund requests, sent once per order. */
  refunds: AiraloRefunds;
  log: Logger;
  /**
   * After a top-up that got no answer (a timeout, a closed connection, a 5xx: a gateway may have timed out while
   * Airalo went on), the order list is looked at no sooner than this: a request still running on their side must
   * have finished, or been listed, before we decide it did not happen. The client's timeout is a good value.
   */
  settleMs: number;
  /** The key of the `airalo-signature` on its notifications; without one, the carrier has no webhooks. */
  webhookSecret?: string | null;
}

/** The wait after a 429 that carried no Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

/**
 * Renewals as Airalo top-ups. Airalo has no idempotency key, so exactly one top-up per paid order rests on the
 * order list: our order id goes in `description`, and every attempt (the first, a retry after a timeout or a
 * 5xx, a job resumed after a crash) first looks for an order with that description and sends the top-up only
 * when there is none. A 422 is final (the order fails and is refunded); a 429 asks the job queue to wait for
 * Retry-After; anything else is thrown, and the next attempt looks again before sending.
 *
 * The package bought is the plan id: the plans of Airalo cards are the eSIM's top-up list (`plans`), their ids
 * Airalo package ids (docs/carriers.md); a plan without an id (a custom plan) is refused.
 */
export class AiraloCarrier implements Carrier {
  readonly name = 'airalo';
  readonly #options: AiraloCarrierOptions;
  readonly webhooks?: (context: CarrierWebhookContext) => Hono<AppEnv>;

  constructor(options: AiraloCarrierOptions) {
    this.#options = options;
    const secret = options.webhookSecret;
    if (secret) this.webhooks = (context) => airaloWebhooks(secret, context);
  }

  async renew({ reference, card, plan }: RenewalRequest, signal: AbortSignal): Promise<RenewalAnswer> {
    const { client, sims, log } = this.#options;
    const placed = await this.findOrder(reference, signal);
    if (placed) {
      log.info('carrier already has the top-up', { orderId: reference, carrierOrder: placed.code });
      return { status: 'accepted' };
    }
    if (!plan.planId) return this.#reject(reference, 'a custom plan has no Airalo package');
    const iccid = await sims.iccidOf(card, signal);
    if (!iccid) return this.#reject(reference, 'the card is not an eSIM of the Airalo account');
    try {
      const order = await client.post<AiraloOrder>(
        '/v2/orders/topups',
        { package_id: plan.planId, iccid, description: reference },
        signal,
      );
      log.info('carrier applied the top-up', { orderId: reference, carrierOrder: order.code });
      return { status: 'accepted' };
    } catch (error) {
      if (signal.aborted) throw error;
      if (!(error instanceof AiraloApiError) || error.status >= 500) {
        // It may have happened: the next attempt, after the settling time, looks before sending again.
        throw new RetryLaterError(String((error as Error).message ?? error), this.#options.settleMs);
      }
      if (error.status === 422 || error.status === 404) return this.#reject(reference, error.detail);
      if (error.status === 429) {
        throw new RetryLaterError(error.message, error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
      }
      throw error;
    }
  }

  /** The eSIM's top-ups (`GET /v2/sims/{iccid}/topups`, cached briefly); null when the card is no eSIM of ours. */
  plans(card: CardRecord, signal?: AbortSignal): Promise<CarrierPlan[] | null> {
    return this.#options.packages.forCard(card, signal);
  }

  /** The top-up order placed for our order `reference`, if Airalo has one. */
  async findOrder(reference: string, signal?: AbortSignal): Promise<AiraloOrder | null> {
    const orders = await this.#options.client.get<AiraloOrder[]>(
      '/v2/orders',
      { 'filter[description]': reference, limit: '10' },
      signal,
    );
    // The filter may match more loosely than we need: only the exact description counts.
    return orders.find((o) => o.description === reference) ?? null;
  }

  /**
   * A support refund of an applied top-up: one Airalo refund request for the eSIM, naming the top-up (found in
   * the order list by our order id) in its notes. Airalo reviews it; refunds.ts keeps it to one request.
   */
  async reverse({ reference, card, reason }: ReversalRequest, signal: AbortSignal): Promise<ReversalAnswer> {
    const { refunds, sims, log } = this.#options;
    const known = await refunds.known(reference);
    if (known) return known;
    const topUp = await this.findOrder(reference, signal);
    const iccid = topUp ? await sims.iccidOf(card, signal) : null;
    if (!topUp || !iccid) {
      const detail = topUp ? 'the card is not an eSIM of the Airalo account' : 'Airalo has no top-up for this order';
      log.warn('nothing to refund at the carrier', { orderId: reference, detail });
      return { status: 'not_found', detail };
    }
    return refunds.request({ orderId: reference, card, iccid, topUp, reason: reason ?? null }, signal);
  }

  /** Live balance from `GET /v2/sims/{iccid}/usage` (usage.ts). */
  usage(card: CardRecord, signal: AbortSignal): Promise<CarrierUsage | null> {
    return readAiraloUsage(this.#options.client, this.#options.sims, card, signal);
  }

  #reject(reference: string, detail: string): RenewalAnswer {
    this.#options.log.warn('carrier refused the top-up', { orderId: reference, detail });
    return { status: 'rejected', reason: `The carrier refused the renewal: ${detail}` };
  }
}
