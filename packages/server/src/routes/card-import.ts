import { CARD_IMPORT_MAX, cardImportEntrySchema } from '@urcard/sdk';
import { createMiddleware } from 'hono/factory';
import { ApiError, isApiError } from '../errors.ts';
import { readJsonBody } from '../http/body.ts';
import type { AppEnv } from '../http/env.ts';
import { parseInput } from '../http/validate.ts';
import type { RouteHandler } from './types.ts';

/** At most this many bad entries are named in one answer. */
const ERRORS_SHOWN = 20;

/**
 * Every bad entry of an import named at once (`cards.3.cardNumber: a valid check digit (Luhn); cards.7.pin: 4 to 8
 * digits`), not only the first as other routes do: a partner fixing a file of 500 cards wants the whole list. The
 * body's shape (the list itself, its length, unknown fields) is left to the route's schema, checked after this.
 */
const everyBadEntry = createMiddleware<AppEnv>(async (c, next) => {
  const body = await readJsonBody(c);
  const cards = (body as { cards?: unknown } | null)?.cards;
  if (Array.isArray(cards) && cards.length <= CARD_IMPORT_MAX) {
    const problems: { field: string; message: string }[] = [];
    for (const [index, entry] of cards.entries()) {
      try {
        parseInput(cardImportEntrySchema, entry, 'body');
      } catch (error) {
        if (!isApiError(error)) throw error;
        const field = `cards.${index}${error.details.field ? `.${error.details.field}` : ''}`;
        problems.push({ field, message: `cards.${index}.${error.message.replace(/^body: /, '')}` });
      }
    }
    if (problems.length > 0) {
      const shown = problems.slice(0, ERRORS_SHOWN).map((p) => p.message);
      const more = problems.length > ERRORS_SHOWN ? `; and ${problems.length - ERRORS_SHOWN} more` : '';
      throw new ApiError('invalid_request', `${problems.length} bad entries: ${shown.join('; ')}${more}`, {
        field: problems[0]!.field,
      });
    }
  }
  await next();
});

/** POST /v1/cards/import: the partner registers the cards it sold (docs/back-office.md). */
export const importCards: RouteHandler<'importCards'> = {
  use: () => [everyBadEntry],
  handle: async ({ services, partner, body }) => ({
    cards: await services.cardImport.import(partner!, body.cards),
  }),
};
