/** When a card was last read from a real carrier's usage endpoint, and when it may be read again. */
export interface CardReadingRecord {
  cardId: string;
  /** When the carrier last answered, or a renewal set the values (the card's balance and expiry are from then). */
  fetchedAt: number | null;
  /** Served without asking the carrier until then. */
  freshUntil: number;
  /** An instance is reading the card until then (0 when none). */
  refreshingUntil: number;
  /** No read before then (Retry-After, or the minimum gap after a failure). */
  notBefore: number;
}

/** A reading's time and how long it stays fresh. */
export interface CardReadingTimes {
  fetchedAt: number;
  freshUntil: number;
}

/** Live-balance readings, shared by every instance (0006). */
export interface ReadingStoreData {
  getCardReading(cardId: string): Promise<CardReadingRecord | null>;
  /**
   * Claims the next read of the card, in one statement: true for one caller only, and only when no read runs (or
   * its claim lapsed), the last reading is no longer fresh and `notBefore` has passed. The claim lasts `leaseMs`.
   */
  claimCardReading(cardId: string, options: { now: number; leaseMs: number }): Promise<boolean>;
  /** Ends a claim: the new reading's times (null when the carrier gave none: the last stays), and the next read's earliest time. */
  finishCardReading(cardId: string, options: { reading: CardReadingTimes | null; notBefore: number }): Promise<void>;
  /** Records values set without the carrier's usage (a renewal): fresh until `freshUntil`, whatever read runs. */
  putCardReading(cardId: string, reading: CardReadingTimes): Promise<void>;
}
