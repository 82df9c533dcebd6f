import type { Updateable } from 'kysely';
import type { CardsTable } from '../schema.ts';
import type { CardPatch } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';
import { cardFromRow, cardToRow } from './rows.ts';

type CardKeys =
  | 'getCard'
  | 'getCardForUpdate'
  | 'getCardByNumberHash'
  | 'putCard'
  | 'insertCardIfAbsent'
  | 'listSealedIccids'
  | 'replaceSealedIccid'
  | 'updateCard'
  | 'listAutoRenewCandidates'
  | 'bindCard'
  | 'isCardBound'
  | 'listBoundCards';

/** The columns a card patch writes, encoded like cardToRow does. */
function patchColumns(patch: CardPatch): Updateable<CardsTable> {
  const full = cardToRow({ ...(patch as Required<CardPatch>), id: '', numberHash: '', createdAt: 0, updatedAt: 0 });
  const byField: Record<Exclude<keyof CardPatch, 'lowData'>, keyof CardsTable> = {
    last4: 'last4',
    pinHash: 'pin_hash',
    state: 'state',
    stateReason: 'state_reason',
    expiresAt: 'expires_at',
    currentPlan: 'current_plan',
    balance: 'balance',
    coverage: 'coverage',
    autoRenew: 'auto_renew',
    savedPaymentMethod: 'saved_payment_method',
    providerCustomerId: 'provider_customer_id',
    lastPurchase: 'last_purchase',
    carrierProfile: 'carrier_profile',
    testCard: 'test_card',
    sealedIccid: 'sealed_iccid',
    importedBy: 'imported_by',
  };
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [keyof CardPatch, unknown][]) {
    if (value === undefined) continue;
    if (field === 'lowData') {
      out.low_data_top_ups = full.low_data_top_ups;
      out.low_data_cap = full.low_data_cap;
      continue;
    }
    const column = byField[field];
    out[column] = full[column];
  }
  return out as Updateable<CardsTable>;
}

export function cardQueries({ db, engine }: QueryContext): Queries<CardKeys> {
  return {
    async getCard(id) {
      const row = await db.selectFrom('cards').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? cardFromRow(row) : null;
    },
    async getCardForUpdate(id) {
      const row = await engine
        .lockForUpdate(db.selectFrom('cards').selectAll().where('id', '=', id))
        .executeTakeFirst();
      return row ? cardFromRow(row) : null;
    },
    async getCardByNumberHash(hash) {
      const row = await db.selectFrom('cards').selectAll().where('number_hash', '=', hash).executeTakeFirst();
      return row ? cardFromRow(row) : null;
    },
    async putCard(card) {
      const row = cardToRow(card);
      const { id: _id, created_at: _created, ...changes } = row;
      // As upsertPartner: a concurrent insert of the same card collides on number_hash too, so insert-or-nothing,
      // then update.
      await db
        .insertInto('cards')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .execute();
      await db.updateTable('cards').set(changes).where('id', '=', card.id).execute();
    },
    async insertCardIfAbsent(card) {
      // One statement: of two imports of the same number at once, one inserts and the other sees it did not.
      const inserted = await db
        .insertInto('cards')
        .values(cardToRow(card))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    async listSealedIccids(afterId, limit) {
      const rows = await db
        .selectFrom('cards')
        .select(['id', 'sealed_iccid'])
        .where('sealed_iccid', 'is not', null)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, sealedIccid: r.sealed_iccid! }));
    },
    async replaceSealedIccid(id, from, to) {
      const result = await db
        .updateTable('cards')
        .set({ sealed_iccid: to })
        .where('id', '=', id)
        .where('sealed_iccid', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async updateCard(id, patch, now) {
      await db
        .updateTable('cards')
        .set({ ...patchColumns(patch), updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    async listAutoRenewCandidates(before) {
      const rows = await db
        .selectFrom('cards')
        .selectAll()
        .where('auto_renew', '=', 1)
        .where('saved_payment_method', 'is not', null)
        .where('state', '=', 'active')
        .where('expires_at', '<', before)
        .orderBy('expires_at')
        .limit(500)
        .execute();
      return rows.map(cardFromRow);
    },
    async bindCard(partnerId, customerId, cardId, now) {
      await db
        .insertInto('bound_cards')
        .values({ partner_id: partnerId, customer_id: customerId, card_id: cardId, bound_at: now })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async isCardBound(partnerId, customerId, cardId) {
      const row = await db
        .selectFrom('bound_cards')
        .select('card_id')
        .where('partner_id', '=', partnerId)
        .where('customer_id', '=', customerId)
        .where('card_id', '=', cardId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async listBoundCards(partnerId, customerId) {
      const rows = await db
        .selectFrom('bound_cards as b')
        .innerJoin('cards as c', 'c.id', 'b.card_id')
        .selectAll('c')
        .where('b.partner_id', '=', partnerId)
        .where('b.customer_id', '=', customerId)
        .orderBy('b.bound_at')
        .orderBy('c.id')
        .execute();
      return rows.map(cardFromRow);
    },
  };
}
