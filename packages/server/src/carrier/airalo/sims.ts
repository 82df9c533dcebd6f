import { hmacSha256 } from '../../ids.ts';
import type { CardRecord } from '../../store/types.ts';
import type { SecretBox } from '../../webhooks/secret-box.ts';
import type { AiraloClient } from './client.ts';

const PAGE_SIZE = 100;
/** At most this many pages of eSIMs are read (10 000 eSIMs), for cards registered before card import. */
const MAX_PAGES = 100;

/**
 * Which eSIM of the Airalo account a card is. An imported card (`POST /v1/cards/import`) carries its ICCID sealed
 * with the SecretBox under its card id: that is read first. Other cards are known only by the HMAC of their number
 * under the card hash key, so their ICCID is found by hashing the account's ICCIDs (`GET /v2/sims`); the list is
 * kept in memory and read again on a miss.
 */
export class AiraloSims {
  readonly #client: AiraloClient;
  readonly #cardHashKey: string;
  readonly #byHash = new Map<string, string>();

  readonly #secrets: SecretBox | null;

  constructor(client: AiraloClient, cardHashKey: string, secrets: SecretBox | null = null) {
    this.#client = client;
    this.#cardHashKey = cardHashKey;
    this.#secrets = secrets;
  }

  /** The card's ICCID, or null when no eSIM of the account is this card. */
  async iccidOf(card: CardRecord, signal?: AbortSignal): Promise<string | null> {
    if (card.sealedIccid && this.#secrets) return this.#secrets.open(card.sealedIccid, card.id);
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
