import type { CardSession, CustomerSession } from '@urcard/sdk';
import type { Clock } from '../clock.ts';
import { DAY_MS, iso, MINUTE_MS } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import { derivedId, hmacSha256, newId, newSecretToken, sha256 } from '../ids.ts';
import type { CardRecord, CustomerSessionRecord, PartnerRecord, Store, StoreData } from '../store/types.ts';
import type { BalanceReading } from './balances.ts';
import { cardView } from './cards.ts';
import { hashPin, verifyPin } from './pin.ts';

export interface CardAccessDeps {
  store: Store;
  config: ServerConfig;
  clock: Clock;
}

/** Failed attempts older than this are forgotten (a lock still runs its full time). */
const FAILURE_MEMORY_MS = DAY_MS;
const WRONG_CREDENTIALS = 'The card number or the PIN is not correct';
/** Each lock in a row lasts 4 times the one before, up to a day: 15 min, 1 h, 4 h, 16 h, 24 h with the defaults. */
const LOCKOUT_GROWTH = 4;
const LONGEST_LOCKOUT_MS = DAY_MS;

/** How long the next lock lasts after `lockouts` locks in a row. */
export function lockoutMs(firstLockMs: number, lockouts: number): number {
  return Math.min(firstLockMs * LOCKOUT_GROWTH ** Math.min(lockouts, 10), Math.max(firstLockMs, LONGEST_LOCKOUT_MS));
}

/**
 * Who may act for a card: PIN verification with lockout, card tokens, customer sessions and bound cards.
 * An unknown card number goes through exactly the same steps as a known one with a wrong PIN (an scrypt
 * derivation against a dummy hash, the same attempt counting and lockout), so answers and timing do not tell
 * which numbers exist.
 */
export class CardAccess {
  readonly #deps: CardAccessDeps;
  readonly #dummyHash: Promise<string>;

  constructor(deps: CardAccessDeps) {
    this.#deps = deps;
    this.#dummyHash = hashPin('00000000', deps.config.scryptCost);
  }

  numberHash(cardNumber: string): string {
    return hmacSha256(this.#deps.config.cardHashKey, cardNumber);
  }

  async verify(input: {
    cardNumber: string;
    pin: string;
    partner: PartnerRecord;
    session: CustomerSessionRecord | null;
  }): Promise<{ token: string; expiresAt: number; card: CardRecord }> {
    const { store, clock, config } = this.#deps;
    const numberHash = this.numberHash(input.cardNumber);
    // Counted before it is judged: however many arrive at once, only the first maxPinAttempts are judged.
    const counted = await store.countPinAttempt(numberHash, { now: clock.now(), memoryMs: FAILURE_MEMORY_MS });
    this.#throwIfLocked(counted.lockedUntil, clock.now());
    if (counted.failures > config.maxPinAttempts) {
      throw this.#locked(lockoutMs(config.lockoutMs, counted.lockouts));
    }

    const card = await store.getCardByNumberHash(numberHash);
    const pinMatches = await verifyPin(input.pin, card?.pinHash ?? (await this.#dummyHash));

    if (!card || !pinMatches) {
      const remaining = config.maxPinAttempts - counted.failures;
      if (remaining <= 0) {
        const now = clock.now();
        const until = now + lockoutMs(config.lockoutMs, counted.lockouts);
        await store.lockPinAttempts(numberHash, { now, until, maxAttempts: config.maxPinAttempts });
        throw this.#locked(until - now);
      }
      throw new ApiError('invalid_credentials', WRONG_CREDENTIALS, { attemptsRemaining: remaining });
    }

    const renewed = await this.#rehashIfStale(card, input.pin);
    return store.transaction(async (tx) => {
      const now = clock.now();
      // A lock set by a concurrent wrong attempt wins over this right one.
      this.#throwIfLocked(await tx.clearPinAttempts(numberHash, now), now);
      if (renewed) await tx.updateCard(card.id, { pinHash: renewed }, now);
      if (input.session) await tx.bindCard(input.partner.id, input.session.customerId, card.id, now);
      const { token, expiresAt } = await this.issueToken(tx, card, input.partner, now);
      return { token, expiresAt, card };
    });
  }

  /** A PIN hash made at another scrypt cost is made again at today's, so every card costs what an unknown number costs. */
  async #rehashIfStale(card: CardRecord, pin: string): Promise<string | null> {
    const cost = Number(card.pinHash.split('$')[1]);
    return cost === this.#deps.config.scryptCost ? null : hashPin(pin, this.#deps.config.scryptCost);
  }

  #locked(ms: number): ApiError {
    const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
    return new ApiError(
      'card_locked',
      `Too many wrong PINs: the card is locked for ${Math.ceil(retryAfterSeconds / 60)} min`,
      {
        retryAfterSeconds,
      },
    );
  }

  #throwIfLocked(lockedUntil: number | null, now: number): void {
    if (lockedUntil !== null && lockedUntil > now) throw this.#locked(lockedUntil - now);
  }

  /** A new card token; only its hash is stored. */
  async issueToken(tx: StoreData, card: CardRecord, partner: PartnerRecord, now: number) {
    const token = newSecretToken('ct');
    const expiresAt = now + this.#deps.config.cardTokenTtlMs;
    await tx.insertCardToken({
      tokenHash: sha256(token),
      cardId: card.id,
      partnerId: partner.id,
      expiresAt,
      createdAt: now,
    });
    return { token, expiresAt };
  }

  /** The session's answer; `reading` is how fresh the card's balance is (LiveBalances.current). */
  sessionView(
    result: { token: string; expiresAt: number; card: CardRecord },
    reading?: BalanceReading,
    catalogue = true,
  ): CardSession {
    return {
      cardToken: result.token,
      cardTokenExpiresAt: iso(result.expiresAt),
      card: cardView(result.card, this.#deps.clock.now(), this.#deps.config.autoRenewLeadDays, reading, catalogue),
    };
  }

  /** The card a `Urcard-Card-Token` stands for, or `card_token_invalid`. */
  async cardFromToken(token: string | undefined, partner: PartnerRecord): Promise<CardRecord> {
    if (!token)
      throw new ApiError('card_token_invalid', 'Missing the Urcard-Card-Token header: verify the card first', {
        field: 'Urcard-Card-Token',
      });
    const invalid = new ApiError(
      'card_token_invalid',
      'The card token is not valid or has expired: verify the card again',
      {
        field: 'Urcard-Card-Token',
      },
    );
    if (!/^ct_[A-Za-z0-9_-]{10,200}$/.test(token)) throw invalid;
    const record = await this.#deps.store.getCardToken(sha256(token));
    if (!record || record.partnerId !== partner.id || record.expiresAt <= this.#deps.clock.now()) throw invalid;
    const card = await this.#deps.store.getCard(record.cardId);
    if (!card) throw invalid;
    return card;
  }

  /** The customer session a `Urcard-Customer-Session` token stands for, or `customer_session_invalid`. */
  async sessionFromToken(token: string | undefined, partner: PartnerRecord): Promise<CustomerSessionRecord> {
    const invalid = new ApiError('customer_session_invalid', 'The customer session is not valid or has expired', {
      field: 'Urcard-Customer-Session',
    });
    if (!token) {
      throw new ApiError('customer_session_invalid', 'Missing the Urcard-Customer-Session header', {
        field: 'Urcard-Customer-Session',
      });
    }
    if (!/^cs_[A-Za-z0-9_-]{10,200}$/.test(token)) throw invalid;
    const session = await this.#deps.store.getCustomerSessionByTokenHash(sha256(token));
    if (!session || session.partnerId !== partner.id || session.expiresAt <= this.#deps.clock.now()) throw invalid;
    return session;
  }

  /**
   * Opens a customer session. With `seed` (an idempotent request) the id is derived from it, so a retried
   * request finds the session it created and gets a fresh token for it.
   */
  async createCustomerSession(input: {
    partner: PartnerRecord;
    customerId: string;
    ttlMinutes: number;
    seed: string | null;
  }): Promise<CustomerSession> {
    const { store, clock } = this.#deps;
    const now = clock.now();
    const id = input.seed ? derivedId('cus', input.seed) : newId('cus');
    const token = newSecretToken('cs');
    const session = await store.transaction(async (tx) => {
      let record = await tx.getCustomerSession(id);
      if (!record) {
        record = {
          id,
          partnerId: input.partner.id,
          customerId: input.customerId,
          expiresAt: now + input.ttlMinutes * MINUTE_MS,
          createdAt: now,
        };
        await tx.insertCustomerSession(record);
      }
      await tx.insertCustomerSessionToken(sha256(token), id, now);
      return record;
    });
    return { id: session.id, token, customerId: session.customerId, expiresAt: iso(session.expiresAt) };
  }

  /** Another token for an existing session (a replayed creation: the stored response keeps no token). */
  async newSessionToken(sessionId: string): Promise<string> {
    const token = newSecretToken('cs');
    await this.#deps.store.insertCustomerSessionToken(sha256(token), sessionId, this.#deps.clock.now());
    return token;
  }
}
