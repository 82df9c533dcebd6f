import * as z from 'zod/mini';
import { cardIdSchema } from './cards.ts';
import { requestObject } from './common.ts';
import { cardNumberSchema, pinSchema } from './fields.ts';

// POST /v1/cards/import (secret key, Idempotency-Key): the partner registers the cards it sold.

/** At most this many cards in one import. */
export const CARD_IMPORT_MAX = 500;

export const cardImportEntrySchema = requestObject({
  /** The card's ICCID as printed (spaces and dashes allowed); never stored in clear. */
  cardNumber: cardNumberSchema,
  /** The PIN printed in the pack, 4 to 8 digits; only its scrypt hash is stored. */
  pin: pinSchema,
});
export type CardImportEntry = z.input<typeof cardImportEntrySchema>;

export const importCardsRequestSchema = requestObject({
  cards: z.array(cardImportEntrySchema).check(z.minLength(1), z.maxLength(CARD_IMPORT_MAX)),
});
export type ImportCardsRequest = z.input<typeof importCardsRequestSchema>;

export const importedCardSchema = z.object({
  id: cardIdSchema,
  last4: z.string().check(z.regex(/^\d{4}$/)),
  /** false: the card was already registered with this PIN, and is left as it was. */
  created: z.boolean(),
});
export type ImportedCard = z.infer<typeof importedCardSchema>;

/** One entry per card sent, in the order sent. */
export const importCardsResponseSchema = z.object({ cards: z.array(importedCardSchema) });
export type ImportCardsResponse = z.infer<typeof importCardsResponseSchema>;
