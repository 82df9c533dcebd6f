import type { Carrier } from './carrier/carrier.ts';
import { createCarrier } from './carrier/create.ts';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { ServerConfig } from './config.ts';
import { ConfigError, encryptionKeys, resolveConfig, usesDevelopmentCardHashKey } from './config.ts';
import { LiveBalances } from './domain/balances.ts';
import { CardAccess } from './domain/card-access.ts';
import { CardImport } from './domain/card-import.ts';
import { StoreJobQueue } from './domain/orders/job-queue.ts';
import { OrderService } from './domain/orders.ts';
import { PartnerDirectory } from './domain/partners.ts';
import type { PlanSource } from './domain/plan-source.ts';
import { planSourceFor } from './domain/plan-source.ts';
import { ReceiptMail } from './domain/receipts.ts';
import { WebhookDeliveries } from './domain/webhooks/deliveries.ts';
import { WebhookEndpoints } from './domain/webhooks/endpoints.ts';
import type { RateLimitStore } from './http/rate-limit.ts';
import { DatabaseRateLimitStore, MemoryRateLimitStore } from './http/rate-limit.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { Scheduler } from './jobs/scheduler.ts';
import { JobWorker } from './jobs/worker.ts';
import type { Logger, LogSink } from './log.ts';
import { createLogger } from './log.ts';
import { smtpMailer } from './mail/mailer.ts';
import { createPaymentProvider } from './payments/index.ts';
import type { PaymentProvider } from './payments/provider.ts';
import { redactDatabaseUrl } from './store/engines/postgres.ts';
import { isTransientStoreError } from './store/errors.ts';
import { openStore } from './store/open.ts';
import { seedSandbox } from './store/seed.ts';
import type { Store } from './store/types.ts';
import { SecretBox } from './webhooks/secret-box.ts';
import type { WebhookSender } from './webhooks/sender.ts';
import { sendWebhook } from './webhooks/sender.ts';

/** Options of createServices/startServer: any setting (see SETTINGS), plus what only code can pass. */
export interface ServerOptions extends Partial<ServerConfig> {
  /** Where log lines go (default stdout), `false` for nowhere, or a Logger. */
  log?: LogSink | Logger;
  /** The time source (default the system clock). */
  clock?: Clock;
  /** Use this store instead of opening `db`. */
  store?: Store;
  /** Use this payment provider instead of the one `payments` names. */
  paymentProvider?: PaymentProvider;
  /** Use this carrier instead of the one `carrierName` names. */
  carrier?: Carrier;
  /** Send webhooks with this instead of node:http(s). */
  webhookSender?: WebhookSender;
  /** Read settings from these environment variables too (the CLI passes process.env; default none). */
  env?: NodeJS.ProcessEnv;
}

/** Everything the HTTP app and the background work share. */
export interface Services {
  config: ServerConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  provider: PaymentProvider;
  carrier: Carrier;
  /** The plans of each card: the static catalogue, or the carrier's list (Airalo's top-ups). */
  plans: PlanSource;
  orders: OrderService;
  cards: CardAccess;
  /** The partner's card import (`POST /v1/cards/import`). */
  cardImport: CardImport;
  /** Card balances from the carrier's usage endpoint, where it has one (domain/balances.ts). */
  balances: LiveBalances;
  partners: PartnerDirectory;
  /** Webhook endpoints and events of the partners (secret-key routes). */
  webhooks: WebhookEndpoints;
  /** Rate-limit counters (the verify limit): in memory for a lone instance. */
  rateLimits: RateLimitStore;
  worker: JobWorker;
  scheduler: Scheduler;
  /** Receipt emails (off without URCARD_SMTP_URL). */
  receipts: ReceiptMail;
}

function isLogger(value: unknown): value is Logger {
  return typeof value === 'object' && value !== null && 'info' in value;
}

/**
 * Opens the store (applying migrations), seeds the sandbox, and wires the services. Background work (job worker,
 * scheduler) is created but not started: startServer starts it.
 */
export async function createServices(options: ServerOptions = {}): Promise<Services> {
  const {
    log: logOption,
    clock = systemClock,
    store: givenStore,
    paymentProvider,
    carrier: givenCarrier,
    webhookSender,
    env,
    ...settings
  } = options;
  const config = resolveConfig(settings, env ?? {});
  const log = isLogger(logOption) ? logOption : createLogger(logOption, config.logLevel);
  const store =
    givenStore ??
    (await openStore({
      databaseUrl: config.databaseUrl,
      db: config.db,
      poolSize: config.dbPoolSize,
      synchronous: config.dbSynchronous,
      onError: (message, error) => log.warn(message, { error }),
    }).catch((error: unknown) => {
      // A database that cannot be reached at start is a setting to fix, said in one line (the URL without password).
      const cause = (error as { cause?: unknown }).cause ?? error; // migrate() wraps what the driver said
      if (!config.databaseUrl || !isTransientStoreError(cause)) throw error;
      const code = (cause as { code?: string }).code ?? (cause as Error).message;
      throw new ConfigError(`cannot reach the database at ${redactDatabaseUrl(config.databaseUrl)} (${code})`, {
        cause: error,
      });
    }));
  try {
    const provider = paymentProvider ?? (await createPaymentProvider(config));
    if (config.payments !== provider.name) config.payments = provider.name;
    const secrets = new SecretBox(encryptionKeys(config));
    if (config.payments !== 'sandbox' && usesDevelopmentCardHashKey(config)) {
      log.warn('URCARD_CARD_HASH_KEY is the development default: set your own before storing real cards');
    }
    if (config.seed) {
      const seeded = await seedSandbox(store, {
        now: clock.now(),
        cardHashKey: config.cardHashKey,
        scryptCost: config.scryptCost,
        resetTestCards: config.resetTestCards,
        log,
      });
      log.info('sandbox seeded', seeded);
    }
    const carrier = givenCarrier ?? createCarrier(config, { store, clock, log, secrets });
    const jobs = new StoreJobQueue();
    const partners = new PartnerDirectory(store, clock);
    const plans = planSourceFor(carrier, log);
    const orders = new OrderService({ store, provider, carrier, clock, config, log, jobs, partners, plans });
    const webhooks = new WebhookEndpoints({ store, clock, config, secrets });
    const sealing = await webhooks.resealSecrets();
    if (sealing.resealed.length > 0) {
      log.info('webhook secrets sealed with the current encryption key', { endpoints: sealing.resealed.length });
    }
    if (sealing.unreadable.length > 0) {
      log.warn('webhook secrets sealed with a key URCARD_ENCRYPTION_KEY does not list: add it after the new one', {
        endpointIds: sealing.unreadable,
      });
    }
    const cardImport = new CardImport({ store, config, clock, secrets });
    const iccids = await cardImport.resealIccids();
    if (iccids.resealed > 0) log.info('card ICCIDs sealed with the current encryption key', { cards: iccids.resealed });
    if (iccids.unreadable.length > 0) {
      log.warn('card ICCIDs sealed with a key URCARD_ENCRYPTION_KEY does not list: add it after the new one', {
        cardIds: iccids.unreadable.slice(0, 100),
        cards: iccids.unreadable.length,
      });
    }
    const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
    const receipts = new ReceiptMail({ store, partners, mailer, log, catalogue: plans.catalogue });
    const worker = new JobWorker({
      store,
      clock,
      log,
      handlers: jobHandlers(
        orders,
        new WebhookDeliveries({ store, clock, config, log, send: webhookSender ?? sendWebhook, secrets }),
        receipts,
      ),
      pollMs: config.jobPollMs,
      lanes: [
        { types: ['provision_order'], concurrency: config.carrierConcurrency },
        { types: ['refund_order', 'auto_renew', 'low_data_top_up'], concurrency: config.jobConcurrency },
        { types: ['deliver_webhook'], concurrency: config.webhookConcurrency },
        { types: ['send_receipt'], concurrency: config.jobConcurrency },
      ],
      leaseMs: config.jobLeaseMs,
    });
    jobs.onWake(() => worker.notify());
    store.onJobsAnnounced(() => worker.notify());
    const scheduler = new Scheduler({ store, clock, config, log, orders, notify: () => worker.notify() });
    return {
      config,
      store,
      clock,
      log,
      provider,
      carrier,
      plans,
      orders,
      cards: new CardAccess({ store, config, clock }),
      cardImport,
      balances: new LiveBalances({
        store,
        carrier,
        clock,
        log,
        refreshMs: config.airaloUsageRefreshMs,
        budgetMs: config.airaloUsageBudgetMs,
        callTimeoutMs: config.airaloTimeoutMs,
      }),
      partners,
      webhooks,
      rateLimits:
        config.rateLimitStore === 'database' || (config.rateLimitStore === 'auto' && store.kind === 'postgres')
          ? new DatabaseRateLimitStore(store)
          : new MemoryRateLimitStore(),
      worker,
      scheduler,
      receipts,
    };
  } catch (error) {
    if (!givenStore) await store.close();
    throw error;
  }
}
