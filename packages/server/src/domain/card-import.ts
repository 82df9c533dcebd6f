import type { ImportedCard } from '@urcard/sdk';
import type { Clock } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import { hmacSha256, newId } from '../ids.ts';
import type { CardRecord, PartnerRecord, Store, StoreData } from '../store/types.ts';
import type { SecretBox } from '../webhooks/secret-box.ts';
import { hashPin, verifyPin } from './pin.ts';

export interface CardImportDeps {
  store: Store;
  config: ServerConfig;
  clock: Clock;
  /** Seals the ICCID of an imported card (the webhook secrets' box, under URCARD_ENCRYPTION_KEY). */
  secrets: SecretBox;
}

/** One card to import: the number already normalised and Luhn-checked by the contract. */
export interface CardImportInput {
  cardNumber: string;
  pin: string;
}

/** scrypt derivations run at once (node:crypto runs them on libuv's 4 threads; more would only queue memory). */
const HASHING_CONCURRENCY = 4;
/** Sealed ICCIDs read a page at a time at start: up to 1 000 pages of 1 000 cards. */
const RESEAL_PAGE = 1000;
const RESEAL_MAX_PAGES = 1000;

/** What the import does with one entry, decided before anything is written. */
type Plan =
  | { kind: 'existing'; card: CardRecord }
  | { kind: 'new'; card: CardRecord }
  | { kind: 'same-as'; index: number }
  | { kind: 'conflict'; why: string };

/**
 * The partner's card import. The number is stored as its HMAC (as every card) plus the ICCID sealed with the
 * SecretBox under the card id (the carrier needs it to top the SIM up); the PIN as its scrypt hash.
 *
 * Idempotent for the partner that imported a card: the same number with the same PIN answers the same card,
 * untouched (`created: false`). Anything else about a number already registered is `card_exists` (409) and nothing
 * of the request is written: another PIN (a partner must not reset a customer's PIN), or a card this partner did not
 * import (another partner's, a sandbox test card). The PIN is compared only for the partner's own imports, so
 * the import never tells whether a PIN of someone else's card is right (no way round the PIN lockout).
 */
export class CardImport {
  readonly #deps: CardImportDeps;

  constructor(deps: CardImportDeps) {
    this.#deps = deps;
  }

  async import(partner: PartnerRecord, entries: readonly CardImportInput[]): Promise<ImportedCard[]> {
    const plans = await this.#plan(partner, entries);
    const conflicts = plans.flatMap((p, i) => (p.kind === 'conflict' ? [{ index: i, why: p.why }] : []));
    if (conflicts.length > 0) {
      const shown = conflicts
        .slice(0, 10)
        .map((c) => `cards.${c.index}.cardNumber: ${c.why}`)
        .join('; ');
      const more = conflicts.length > 10 ? ` (and ${conflicts.length - 10} more)` : '';
      throw new ApiError('card_exists', `Nothing was imported. ${shown}${more}`, {
        field: `cards.${conflicts[0]!.index}.cardNumber`,
      });
    }
    // One transaction: a card another request registered meanwhile with another PIN undoes the whole import.
    return this.#deps.store.transaction(async (tx) => {
      const answers: ImportedCard[] = [];
      for (const [i, plan] of plans.entries()) answers.push(await this.#apply(tx, partner, plan, entries[i]!, answers));
      return answers;
    });
  }

  /**
   * At start, as webhook secrets are: the ICCIDs sealed with another key than URCARD_ENCRYPTION_KEY's first (after a
   * rotation, `new,old`) are sealed again with it, so the old key can be dropped later. Those no listed key opens
   * are reported (their cards cannot be topped up until the key is listed again).
   */
  async resealIccids(): Promise<{ resealed: number; unreadable: string[] }> {
    const { store, secrets } = this.#deps;
    const out = { resealed: 0, unreadable: [] as string[] };
    let after = '';
    for (let page = 0; page < RESEAL_MAX_PAGES; page++) {
      const rows = await store.listSealedIccids(after, RESEAL_PAGE);
      for (const { id, sealedIccid } of rows) {
        if (!secrets.needsReseal(sealedIccid)) continue;
        let next: string;
        try {
          next = secrets.seal(secrets.open(sealedIccid, id), id);
        } catch {
          out.unreadable.push(id);
          continue;
        }
        if (await store.replaceSealedIccid(id, sealedIccid, next)) out.resealed++;
      }
      if (rows.length < RESEAL_PAGE) break;
      after = rows.at(-1)!.id;
    }
    return out;
  }

  /** Reads and hashes everything first, so that a conflict anywhere writes nothing. */
  async #plan(partner: PartnerRecord, entries: readonly CardImportInput[]): Promise<Plan[]> {
    const { store, config, clock, secrets } = this.#deps;
    const firstIndex = new Map<string, number>();
    const plans: Plan[] = new Array(entries.length);
    const work = entries.map((entry, index) => async () => {
      const numberHash = hmacSha256(config.cardHashKey, entry.cardNumber);
      const earlier = firstIndex.get(numberHash);
      if (earlier !== undefined) {
        plans[index] =
          entries[earlier]!.pin === entry.pin
            ? { kind: 'same-as', index: earlier }
            : { kind: 'conflict', why: `the same card as cards.${earlier} with another PIN` };
        return;
      }
      firstIndex.set(numberHash, index);
      const existing = await store.getCardByNumberHash(numberHash);
      if (existing) {
        plans[index] = await this.#judgeExisting(partner, existing, entry.pin);
        return;
      }
      const now = clock.now();
      const id = newId('card');
      plans[index] = {
        kind: 'new',
        card: {
          id,
          numberHash,
          last4: entry.cardNumber.slice(-4),
          pinHash: await hashPin(entry.pin, config.scryptCost),
          state: 'active',
          stateReason: null,
          // Until the carrier tells (live balances), a new card is shown as due for a renewal.
          expiresAt: now,
          currentPlan: null,
          balance: { dataMb: 0, dataTotalMb: 0, minutes: 0, minutesTotal: 0, sms: 0 },
          coverage: [],
          autoRenew: false,
          savedPaymentMethod: null,
          providerCustomerId: null,
          lastPurchase: null,
          carrierProfile: 'normal',
          testCard: false,
          sealedIccid: secrets.seal(entry.cardNumber, id),
          importedBy: partner.id,
          createdAt: now,
          updatedAt: now,
        },
      };
    });
    await inBatches(work, HASHING_CONCURRENCY);
    return plans;
  }

  async #judgeExisting(partner: PartnerRecord, card: CardRecord, pin: string): Promise<Plan> {
    if (card.importedBy !== partner.id) return { kind: 'conflict', why: 'the card is already registered' };
    if (!(await verifyPin(pin, card.pinHash))) {
      return { kind: 'conflict', why: 'the card is already registered with another PIN (it is left unchanged)' };
    }
    return { kind: 'existing', card };
  }

  async #apply(
    tx: StoreData,
    partner: PartnerRecord,
    plan: Plan,
    entry: CardImportInput,
    answers: readonly ImportedCard[],
  ): Promise<ImportedCard> {
    switch (plan.kind) {
      case 'existing':
        return { id: plan.card.id, last4: plan.card.last4, created: false };
      case 'same-as':
        return { ...answers[plan.index]!, created: false };
      case 'new': {
        if (await tx.insertCardIfAbsent(plan.card)) {
          return { id: plan.card.id, last4: plan.card.last4, created: true };
        }
        // Another import of the same number got in between: judged as if it had been there before.
        const winner = await tx.getCardByNumberHash(plan.card.numberHash);
        const judged = winner ? await this.#judgeExisting(partner, winner, entry.pin) : null;
        if (judged?.kind !== 'existing') {
          throw new ApiError('card_exists', `${plan.card.last4}: the card was registered by another request meanwhile`);
        }
        return { id: judged.card.id, last4: judged.card.last4, created: false };
      }
      case 'conflict':
        throw new Error('conflicts are refused before anything is written');
    }
  }
}

/** Runs the tasks, at most `width` at a time. */
async function inBatches(tasks: readonly (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
}
