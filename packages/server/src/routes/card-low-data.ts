import type { Card, SetAutoRenewRequest } from '@urcard/sdk';
import { lowDataSpentThisMonth } from '../domain/orders/low-data.ts';
import { ApiError } from '../errors.ts';
import type { Services } from '../services.ts';
import type { CardRecord, LowDataSetting } from '../store/types.ts';
import { LOW_DATA_OFF } from '../store/types.ts';

/** The card view with `autoRenew.lowData`, where the carrier says when data runs low (it has webhooks). */
export async function withLowData(services: Services, record: CardRecord, view: Card): Promise<Card> {
  if (!services.carrier.webhooks) return view;
  const setting = record.lowData ?? LOW_DATA_OFF;
  const spentThisMonth = await lowDataSpentThisMonth(services.store, record, services.clock.now());
  return {
    ...view,
    autoRenew: {
      ...view.autoRenew,
      lowData: { enabled: record.autoRenew && setting.enabled, monthlyCap: setting.monthlyCap, spentThisMonth },
    },
  };
}

/**
 * The low-data choice a `setAutoRenew` body asks for, checked: undefined keeps the stored one. Enabling needs
 * auto-renew on in the same request and a cap above zero in the currency of the card's last purchase.
 */
export function requestedLowData(
  services: Services,
  card: CardRecord,
  body: SetAutoRenewRequest,
): LowDataSetting | undefined {
  const asked = body.lowData;
  if (!asked) return undefined;
  if (!services.carrier.webhooks) {
    throw new ApiError('invalid_request', 'This server’s carrier does not tell when data runs low', {
      field: 'lowData',
    });
  }
  const stored = card.lowData ?? LOW_DATA_OFF;
  if (!asked.enabled) return { enabled: false, monthlyCap: asked.monthlyCap ?? stored.monthlyCap };
  if (!body.enabled) {
    throw new ApiError('invalid_request', 'Top-ups when data runs low need auto-renew on (enabled: true)', {
      field: 'lowData.enabled',
    });
  }
  const cap = asked.monthlyCap;
  if (!cap) {
    throw new ApiError('invalid_request', 'Choose a monthly cap for top-ups when data runs low', {
      field: 'lowData.monthlyCap',
    });
  }
  const currency = card.lastPurchase?.currency;
  if (cap.currency !== currency) {
    throw new ApiError(
      'invalid_request',
      `The monthly cap must be in ${currency ?? 'the currency of the last purchase'}, the currency of the card's last purchase`,
      { field: 'lowData.monthlyCap.currency' },
    );
  }
  if (cap.amount <= 0) {
    throw new ApiError('invalid_request', 'The monthly cap must be more than zero', {
      field: 'lowData.monthlyCap.amount',
    });
  }
  return { enabled: true, monthlyCap: cap };
}
