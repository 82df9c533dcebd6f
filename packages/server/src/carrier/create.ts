import type { Clock } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { ConfigError } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';
import type { SecretBox } from '../webhooks/secret-box.ts';
import { AiraloCarrier } from './airalo/carrier.ts';
import { AiraloClient } from './airalo/client.ts';
import { AiraloPackages } from './airalo/packages.ts';
import { AiraloRefunds } from './airalo/refunds.ts';
import { AiraloSims } from './airalo/sims.ts';
import type { Carrier } from './carrier.ts';
import { SimulatedCarrier } from './simulated.ts';

/** The carrier URCARD_CARRIER names; a ConfigError (one line at start) when its settings are missing. */
export function createCarrier(
  config: ServerConfig,
  deps: { store: Store; clock: Clock; log: Logger; secrets?: SecretBox },
): Carrier {
  const { store, clock, log } = deps;
  if (config.carrierName === 'simulated') {
    return new SimulatedCarrier({
      store,
      clock,
      delayMs: config.carrierDelayMs,
      slowDelayMs: config.slowCarrierDelayMs,
    });
  }
  const { airaloClientId: clientId, airaloClientSecret: clientSecret } = config;
  if (!clientId || !clientSecret) {
    throw new ConfigError('URCARD_CARRIER=airalo needs URCARD_AIRALO_CLIENT_ID and URCARD_AIRALO_CLIENT_SECRET');
  }
  const client = new AiraloClient({
    baseUrl: config.airaloBaseUrl,
    clientId,
    clientSecret,
    clock,
    timeoutMs: config.airaloTimeoutMs,
  });
  const sims = new AiraloSims(client, config.cardHashKey, deps.secrets ?? null);
  return new AiraloCarrier({
    client,
    sims,
    packages: new AiraloPackages({
      client,
      sims,
      clock,
      cacheMs: config.airaloPlansCacheMs,
      markup: airaloMarkup(config.airaloMarkup),
    }),
    refunds: new AiraloRefunds({ client, store, clock, log }),
    log,
    settleMs: config.airaloTimeoutMs,
    webhookSecret: config.airaloWebhookSecret,
  });
}

/** URCARD_AIRALO_MARKUP: a factor of at least 1 (`1.25`), or none (the recommended retail price). */
function airaloMarkup(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const markup = Number(raw);
  if (!Number.isFinite(markup) || markup < 1 || markup > 100) {
    throw new ConfigError(
      `URCARD_AIRALO_MARKUP must be a number from 1 to 100 (1.25 sells at 125% of the net price); got ${raw}`,
    );
  }
  return markup;
}
