import type { Clock } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { ConfigError } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';
import { AiraloCarrier } from './airalo/carrier.ts';
import { AiraloClient } from './airalo/client.ts';
import { AiraloSims } from './airalo/sims.ts';
import type { Carrier } from './carrier.ts';
import { SimulatedCarrier } from './simulated.ts';

/** The carrier URCARD_CARRIER names; a ConfigError (one line at start) when its settings are missing. */
export function createCarrier(config: ServerConfig, deps: { store: Store; clock: Clock; log: Logger }): Carrier {
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
  return new AiraloCarrier({
    client,
    sims: new AiraloSims(client, config.cardHashKey),
    log,
    settleMs: config.airaloTimeoutMs,
    webhookSecret: config.airaloWebhookSecret,
  });
}
