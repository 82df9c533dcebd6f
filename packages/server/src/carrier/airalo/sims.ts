import { hmacSha256 } from '../../ids.ts';
import type { CardRecord } from '../../store/types.ts';
import type { AiraloClient } from './client.ts';

const PAGE_SIZE = 100;
/** At most this many pages of eSIMs are read (10 000 eSIMs); card import (the next increment) replaces the list. */
const MAX_PAGES = 100;

/**
 * Which eSIM of the Airalo account a card is. We never store card numbers, only their HMAC under the card hash
 * key; a card bound to Airalo is one whose number is the ICCID of one of the account's eSIMs (`GET /v2/sims`), so
 * the ICCID is found by hashing the account's ICCIDs. The list is kept in memory and read again on a miss.
 */
export class AiraloSims {
  readonly #client: AiraloClient;
  readonly #cardHashKey: string;
  readonly #byHash = new Map<string, string>();

  constructor(client: AiraloClient, cardHashKey: string) {
    this.#client = client;
    this.#cardHashKey = cardHashKey;
  }

  /** The card's ICCID, or null when no eSIM of the account is this card. */
  async iccidOf(card: CardRecord, signal?: AbortSignal): Promise<string | null> {
    const known = this.#byHash.get(card.numberHash);
    if (known) return known;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const sims = await this.#client.get<{ iccid: string }[]>(
        '/v2/sims',
        { limit: String(PAGE_SIZE), page: String(page) },
        signal,
      );
      for (const { iccid } of sims) this.#byHash.set(hmacSha256(this.#cardHashKey, iccid), iccid);
      if (sims.length < PAGE_SIZE) break;
    }
    return this.#byHash.get(card.numberHash) ?? null;
  }
}
