import type { CardTokenRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';
import { sessionFromRow } from './rows.ts';

type SessionKeys =
  | 'insertCardToken'
  | 'getCardToken'
  | 'insertCustomerSession'
  | 'getCustomerSession'
  | 'insertCustomerSessionToken'
  | 'getCustomerSessionByTokenHash';

/** Card tokens and customer sessions: only hashes of their secrets are stored. */
export function sessionQueries({ db }: QueryContext): Queries<SessionKeys> {
  return {
    async insertCardToken(t: CardTokenRecord) {
      await db
        .insertInto('card_tokens')
        .values({
          token_hash: t.tokenHash,
          card_id: t.cardId,
          partner_id: t.partnerId,
          expires_at: t.expiresAt,
          created_at: t.createdAt,
        })
        .execute();
    },
    async getCardToken(tokenHash) {
      const r = await db.selectFrom('card_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r
        ? { tokenHash, cardId: r.card_id, partnerId: r.partner_id, expiresAt: r.expires_at, createdAt: r.created_at }
        : null;
    },
    async insertCustomerSession(s) {
      await db
        .insertInto('customer_sessions')
        .values({
          id: s.id,
          partner_id: s.partnerId,
          customer_id: s.customerId,
          expires_at: s.expiresAt,
          created_at: s.createdAt,
        })
        .execute();
    },
    async getCustomerSession(id) {
      const r = await db.selectFrom('customer_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? sessionFromRow(r) : null;
    },
    async insertCustomerSessionToken(tokenHash, sessionId, now) {
      await db
        .insertInto('customer_session_tokens')
        .values({ token_hash: tokenHash, session_id: sessionId, created_at: now })
        .execute();
    },
    async getCustomerSessionByTokenHash(tokenHash) {
      const r = await db
        .selectFrom('customer_session_tokens as t')
        .innerJoin('customer_sessions as s', 's.id', 't.session_id')
        .selectAll('s')
        .where('t.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r ? sessionFromRow(r) : null;
    },
  };
}
