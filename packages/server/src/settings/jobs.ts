import { MINUTE_MS } from '../clock.ts';
import type { ServerConfig, Setting } from '../config.ts';

/** The simulated carrier, the job queue, the scheduler, webhooks and auto-renewal. */
export const JOB_SETTINGS = {
  carrierDelayMs: {
    env: 'URCARD_CARRIER_DELAY_MS',
    kind: 'int',
    default: 2000,
    doc: 'Simulated carrier: time to apply a renewal.',
  },
  slowCarrierDelayMs: {
    env: 'URCARD_SLOW_CARRIER_DELAY_MS',
    kind: 'int',
    default: 2 * MINUTE_MS,
    doc: 'Simulated carrier: time for the slow test card (…0067).',
  },
  jobPollMs: {
    env: 'URCARD_JOB_POLL_MS',
    kind: 'int',
    default: 1000,
    doc: 'How often the job worker looks for due work (new work also wakes it at once).',
  },
  jobConcurrency: {
    env: 'URCARD_JOB_CONCURRENCY',
    kind: 'int',
    default: 8,
    doc: 'Jobs other than provisioning (refunds, auto-renewals) run at the same time, per instance.',
  },
  carrierConcurrency: {
    env: 'URCARD_CARRIER_CONCURRENCY',
    kind: 'int',
    default: 1024,
    doc: 'Renewals waiting on the carrier at the same time, per instance (they mostly wait: a high number is cheap). Refunds never queue behind them.',
  },
  jobLeaseMs: {
    env: 'URCARD_JOB_LEASE_MS',
    kind: 'int',
    default: MINUTE_MS,
    doc: 'A running job is renewed every third of this; another worker may take it over once it lapses.',
  },
  schedulerIntervalMs: {
    env: 'URCARD_SCHEDULER_INTERVAL_MS',
    kind: 'int',
    default: MINUTE_MS,
    doc: 'How often auto-renewals, unpaid orders and expired records are looked at.',
  },
  webhookRetryBaseMs: {
    env: 'URCARD_WEBHOOK_RETRY_BASE_MS',
    kind: 'int',
    default: 30_000,
    doc: 'Wait before the first retry of a failed webhook delivery; each later wait doubles, for up to 3 days, after which the endpoint is disabled.',
  },
  webhookTimeoutMs: {
    env: 'URCARD_WEBHOOK_TIMEOUT_MS',
    kind: 'int',
    default: 10_000,
    doc: 'Time a webhook receiver has to answer one delivery.',
  },
  webhookConcurrency: {
    env: 'URCARD_WEBHOOK_CONCURRENCY',
    kind: 'int',
    default: 16,
    doc: 'Webhook deliveries sent at the same time, per instance (their own lane: a slow receiver never holds up refunds).',
  },
  autoRenewLeadDays: {
    env: 'URCARD_AUTO_RENEW_LEAD_DAYS',
    kind: 'int',
    default: 3,
    doc: 'Days before expiry at which a card with auto-renew is renewed.',
  },
  checkResponses: {
    env: 'URCARD_CHECK_RESPONSES',
    kind: 'bool',
    default: false,
    doc: 'Parse every response with the contract before sending it; a mismatch becomes a logged `internal_error` (tests turn it on).',
  },
} satisfies { [K in keyof ServerConfig]?: Setting<ServerConfig[K]> };
