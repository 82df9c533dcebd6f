import type { CardEventData } from '@urcard/sdk';
import { DAY_MS, iso } from '../../clock.ts';
import { derivedId } from '../../ids.ts';
import type { CardRecord, LowDataSetting, OrderRecord, Store, StoreData } from '../../store/types.ts';
import { maskCardNumber } from '../cards.ts';
import { recordEvent } from './record.ts';

/** `card.expiring_soon` is sent this long before a card expires. */
export const EXPIRING_SOON_MS = 7 * DAY_MS;

/** The card part of a card event. */
export function cardEventData(card: CardRecord, orderId: string | null): CardEventData {
  return {
    object: 'card',
    id: card.id,
    maskedCardNumber: maskCardNumber(card.last4),
    expiresAt: iso(card.expiresAt),
    autoRenew: card.autoRenew,
    orderId,
  };
}

/** In the transaction that fails an off-session order: the card's auto-renewal did not go through. */
export async function recordAutoRenewFailed(tx: StoreData, order: OrderRecord, now: number): Promise<void> {
  const card = await tx.getCard(order.cardId);
  if (!card) return;
  await recordEvent(
    tx,
    {
      partnerId: order.partnerId,
      type: 'auto_renew.failed',
      orderId: order.id,
      cardId: card.id,
      data: cardEventData(card, order.id),
    },
    now,
  );
}

/**
 * The card's auto-renewal could not even be ordered: its last plan is no longer offered for it (the carrier dropped
 * the package). Recorded once per expiry (the id derives from it), however often the job runs.
 */
export async function recordAutoRenewNotOffered(
  tx: StoreData,
  card: CardRecord,
  partnerId: string,
  now: number,
): Promise<void> {
  const id = derivedId('evt', `auto_renew.failed:not_offered:${partnerId}:${card.id}:${card.expiresAt}`);
  await recordEvent(
    tx,
    { id, partnerId, type: 'auto_renew.failed', cardId: card.id, data: cardEventData(card, null) },
    now,
  );
}

/**
 * The scheduler's part: `card.expiring_soon` for every card expiring within 7 days, to each partner that renewed
 * it. The event id derives from the card and its expiry, so each expiry is announced once, whichever instance
 * runs the pass and however often. Returns how many were recorded.
 */
export async function announceExpiringCards(store: Store, now: number): Promise<number> {
  let recorded = 0;
  for (const { card, partnerId } of await store.listExpiringCardPartners(now, now + EXPIRING_SOON_MS)) {
    const id = derivedId('evt', `card.expiring_soon:${partnerId}:${card.id}:${card.expiresAt}`);
    const event = await store.transaction((tx) =>
      recordEvent(
        tx,
        { id, partnerId, type: 'card.expiring_soon', cardId: card.id, data: cardEventData(card, null) },
        now,
      ),
    );
    if (event) recorded++;
  }
  return recorded;
}

/**
 * Turns a card's auto-renewal on or off for a partner (the customer, or support staff), recording
 * `auto_renew.disabled` in the same transaction when it was on.
 */
export async function setCardAutoRenew(
  store: Store,
  input: { cardId: string; partnerId: string; enabled: boolean; now: number; lowData?: LowDataSetting },
): Promise<void> {
  await store.transaction(async (tx) => {
    const card = await tx.getCardForUpdate(input.cardId);
    if (!card) return;
    // Top-ups when data runs low ride on auto-renew: turning it off turns them off too.
    const stored = input.lowData ?? card.lowData;
    const lowData = stored && !input.enabled ? { ...stored, enabled: false } : stored;
    await tx.updateCard(card.id, { autoRenew: input.enabled, ...(lowData ? { lowData } : {}) }, input.now);
    if (card.autoRenew && !input.enabled) {
      const updated = { ...card, autoRenew: false };
      await recordEvent(
        tx,
        {
          partnerId: input.partnerId,
          type: 'auto_renew.disabled',
          cardId: card.id,
          data: cardEventData(updated, null),
        },
        input.now,
      );
    }
  });
}
