import type {
  CardBalanceValues,
  Currency,
  Money,
  NotRenewableReason,
  PaymentMethodSummary,
  PaymentProvider as PaymentProviderName,
  PlanSnapshot,
  PlanTier,
} from '@urcard/sdk';
import type { LowDataSetting } from './low-data.ts';

// Times are milliseconds since the epoch; the API layer turns them into ISO strings.

export interface PartnerRecord {
  id: string;
  name: string;
  publishableKey: string;
  /** SHA-256 of the secret key; the key itself is never stored. */
  secretKeyHash: string;
  /** Exact origins, or `scheme://host:*` for any port. */
  allowedOrigins: string[];
  createdAt: number;
}

/** `active`, or why the card cannot be renewed. */
export type CardState = 'active' | NotRenewableReason;
/** How the simulated carrier treats renewals of the card. */
export type CarrierProfile = 'normal' | 'reject' | 'slow';

export interface SavedPaymentMethod {
  provider: PaymentProviderName;
  /** The provider's id (Stripe: `pm_…`; sandbox: `pm_sandbox_…`). */
  id: string;
  summary: PaymentMethodSummary;
}

/** What the card was last renewed with: auto-renew buys it again. */
export interface LastPurchase {
  planId: string | null;
  plan: PlanSnapshot;
  currency: Currency;
  /** The plan's price in that purchase (before discounts): the next charge shown for a carrier's package. */
  price?: Money;
}

export interface CardRecord {
  id: string;
  /** HMAC-SHA-256 of the card number under the server's card hash key; the number is never stored. */
  numberHash: string;
  last4: string;
  /** `scrypt$N$r$p$salt$hash`. */
  pinHash: string;
  state: CardState;
  /** Shown to the customer when the card is not renewable. */
  stateReason: string | null;
  expiresAt: number;
  currentPlan: { id: string; name: string; tier: PlanTier } | null;
  balance: CardBalanceValues;
  coverage: string[];
  autoRenew: boolean;
  savedPaymentMethod: SavedPaymentMethod | null;
  /** The payment provider's customer for this card (Stripe: `cus_…`), so saved methods can be charged later. */
  providerCustomerId: string | null;
  lastPurchase: LastPurchase | null;
  carrierProfile: CarrierProfile;
  testCard: boolean;
  /**
   * An imported card's ICCID, sealed with the server's SecretBox under the card id (`POST /v1/cards/import`), so the
   * carrier can be told which SIM to top up; null for cards that were not imported.
   */
  sealedIccid: string | null;
  /** The partner that imported the card (cards stay usable by every partner, as all cards are). */
  importedBy: string | null;
  /** Top-ups when the data runs low (0007); absent reads as off. */
  lowData?: LowDataSetting;
  createdAt: number;
  updatedAt: number;
}
export type CardPatch = Partial<Omit<CardRecord, 'id' | 'numberHash' | 'createdAt' | 'updatedAt'>>;

/** PIN attempts per card number hash, kept for unknown numbers too so that they look the same. */
export interface PinAttemptsRecord {
  numberHash: string;
  /** Attempts counted since the last lock or right PIN, including those still being judged. */
  failures: number;
  lockedUntil: number | null;
  /** Locks in a row without a right PIN in between (each one lasts longer). */
  lockouts: number;
  updatedAt: number;
}

export interface CardTokenRecord {
  /** SHA-256 of the token. */
  tokenHash: string;
  cardId: string;
  partnerId: string;
  expiresAt: number;
  createdAt: number;
}

export interface CustomerSessionRecord {
  id: string;
  partnerId: string;
  customerId: string;
  expiresAt: number;
  createdAt: number;
}

/** Partners, cards, PIN attempts, card tokens and customer sessions. */
export interface CardStoreData {
  getPartnerByPublishableKey(key: string): Promise<PartnerRecord | null>;
  getPartnerBySecretKeyHash(hash: string): Promise<PartnerRecord | null>;
  listPartners(): Promise<PartnerRecord[]>;
  upsertPartner(partner: PartnerRecord): Promise<void>;

  getCard(id: string): Promise<CardRecord | null>;
  getCardByNumberHash(hash: string): Promise<CardRecord | null>;
  /** Inside a transaction: the card, locked until the transaction ends (read-modify-write of its expiry). */
  getCardForUpdate(id: string): Promise<CardRecord | null>;
  /** Inserts or replaces the whole card. */
  putCard(card: CardRecord): Promise<void>;
  /** Inserts the card unless one with its id or number hash exists; true when this call inserted it. */
  insertCardIfAbsent(card: CardRecord): Promise<boolean>;
  /** A page of the sealed ICCIDs of imported cards, by card id after `afterId` (`''` for the first page). */
  listSealedIccids(afterId: string, limit: number): Promise<{ id: string; sealedIccid: string }[]>;
  /** Replaces a card's sealed ICCID if it is still `from`; true when it was replaced. */
  replaceSealedIccid(id: string, from: string, to: string): Promise<boolean>;
  updateCard(id: string, patch: CardPatch, now: number): Promise<void>;
  /** Renewable cards with auto-renew on and a saved payment method that expire before `before`. */
  listAutoRenewCandidates(before: number): Promise<CardRecord[]>;

  getPinAttempts(numberHash: string): Promise<PinAttemptsRecord | null>;
  /**
   * Counts one attempt before it is judged, in one statement: a running lock is returned untouched; counts older
   * than `memoryMs`, or from before a lock that has run out, start again at 1.
   */
  countPinAttempt(numberHash: string, options: { now: number; memoryMs: number }): Promise<PinAttemptsRecord>;
  /** Locks until `until` if the count has reached `maxAttempts` and no lock runs; true when this call locked. */
  lockPinAttempts(numberHash: string, options: { now: number; until: number; maxAttempts: number }): Promise<boolean>;
  /** Forgets the attempts after a right PIN, unless a lock runs; returns the running lock's end, or null. */
  clearPinAttempts(numberHash: string, now: number): Promise<number | null>;
  /** Forgets everything about the number, lock included (the sandbox's test cards are reset this way). */
  deletePinAttempts(numberHash: string): Promise<void>;

  insertCardToken(token: CardTokenRecord): Promise<void>;
  getCardToken(tokenHash: string): Promise<CardTokenRecord | null>;

  insertCustomerSession(session: CustomerSessionRecord): Promise<void>;
  getCustomerSession(id: string): Promise<CustomerSessionRecord | null>;
  insertCustomerSessionToken(tokenHash: string, sessionId: string, now: number): Promise<void>;
  getCustomerSessionByTokenHash(tokenHash: string): Promise<CustomerSessionRecord | null>;
  bindCard(partnerId: string, customerId: string, cardId: string, now: number): Promise<void>;
  isCardBound(partnerId: string, customerId: string, cardId: string): Promise<boolean>;
  listBoundCards(partnerId: string, customerId: string): Promise<CardRecord[]>;
}
