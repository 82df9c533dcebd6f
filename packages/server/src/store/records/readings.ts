/** When a card was last read from a real carrier's usage endpoint, and when it may be read again. */
export interface CardReadingRecord {
  cardId: string;
  /** When the carrier last answered (the card's balance and expiry are from then); null until it has. */
  fetchedAt: number | null;
  /** An instance is reading the card until then (0 when none). */
  refreshingUntil: number;
  /** No read before then (Retry-After, or the minimum gap after a failure). */
  notBefore: number;
}

/** Live-balance readings, shared by every instance (0006). */
export interface ReadingStoreData {
  getCardReading(cardId: string): Promise<CardReadingRecord | null>;
  /**
   * Claims the next read of the card, in one statement: true for one caller only, and only when no read runs (or
   * its claim lapsed), the last reading is older than `freshMs` and `notBefore` has passed. The claim lasts `leaseMs`.
   */
  claimCardReading(cardId: string, options: { now: number; freshMs: number; leaseMs: number }): Promise<boolean>;
  /** Ends a claim: `fetchedAt` when the carrier answered (else the last reading stays), and the next read's earliest time. */
  finishCardReading(cardId: string, options: { fetchedAt: number | null; notBefore: number }): Promise<void>;
}
