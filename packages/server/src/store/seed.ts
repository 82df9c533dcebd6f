import { DAY_MS } from '../clock.ts';
import { hashPin } from '../domain/pin.ts';
import { SANDBOX_PARTNER, TEST_CARD_PIN, TEST_CARDS, testCardId } from '../domain/test-cards.ts';
import { hmacSha256, sha256 } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { CardRecord, Store } from './types.ts';

export interface SeedOptions {
  now: number;
  cardHashKey: string;
  scryptCost: number;
  /**
   * Put every test card back to its documented story, with dates relative to `now`, unless an order for it is
   * still being paid or provisioned (the resumed work must find the card as it left it).
   */
  resetTestCards: boolean;
  log?: Logger;
}

/** Statuses during which a test card is left alone by a reset. */
const IN_FLIGHT = ['processing', 'paid', 'provisioning'] as const;

/** Creates the demo partner and the test cards; safe to run at every start. */
export async function seedSandbox(store: Store, options: SeedOptions): Promise<{ created: number; reset: number }> {
  const { now } = options;
  await store.upsertPartner({
    id: SANDBOX_PARTNER.id,
    name: SANDBOX_PARTNER.name,
    publishableKey: SANDBOX_PARTNER.publishableKey,
    secretKeyHash: sha256(SANDBOX_PARTNER.secretKey),
    allowedOrigins: [...SANDBOX_PARTNER.allowedOrigins],
    createdAt: now,
  });

  let created = 0;
  let reset = 0;
  for (const def of TEST_CARDS) {
    const id = testCardId(def.number);
    const existing = await store.getCard(id);
    if (existing && !options.resetTestCards) continue;
    if (existing && (await store.listOrders({ cardId: id, statuses: IN_FLIGHT, limit: 1 })).length > 0) {
      options.log?.info('test card left as it is: an order for it is in flight', { cardId: id });
      continue;
    }
    const numberHash = hmacSha256(options.cardHashKey, def.number);
    const card: CardRecord = {
      id,
      numberHash,
      last4: def.number.slice(-4),
      pinHash: existing?.pinHash ?? (await hashPin(TEST_CARD_PIN, options.scryptCost)),
      state: def.state,
      stateReason: def.stateReason,
      expiresAt: now + def.expiresInDays * DAY_MS,
      currentPlan: { id: def.planId, name: def.planName, tier: def.planTier },
      balance: def.balance,
      coverage: def.coverage,
      autoRenew: false,
      savedPaymentMethod: null,
      providerCustomerId: existing?.providerCustomerId ?? null,
      lastPurchase: null,
      carrierProfile: def.carrierProfile,
      testCard: true,
      sealedIccid: existing?.sealedIccid ?? null,
      importedBy: existing?.importedBy ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await store.transaction(async (tx) => {
      await tx.putCard(card);
      await tx.deletePinAttempts(numberHash);
    });
    if (existing) reset++;
    else created++;
  }
  return { created, reset };
}
