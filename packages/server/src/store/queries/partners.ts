import type { PartnerRecord } from '../types.ts';
import type { Queries, QueryContext } from './context.ts';
import { partnerFromRow } from './rows.ts';

export function partnerQueries({
  db,
}: QueryContext): Queries<
  'getPartnerByPublishableKey' | 'getPartnerBySecretKeyHash' | 'listPartners' | 'upsertPartner'
> {
  return {
    async getPartnerByPublishableKey(key) {
      const row = await db.selectFrom('partners').selectAll().where('publishable_key', '=', key).executeTakeFirst();
      return row ? partnerFromRow(row) : null;
    },
    async getPartnerBySecretKeyHash(hash) {
      const row = await db.selectFrom('partners').selectAll().where('secret_key_hash', '=', hash).executeTakeFirst();
      return row ? partnerFromRow(row) : null;
    },
    async listPartners() {
      return (await db.selectFrom('partners').selectAll().orderBy('created_at').execute()).map(partnerFromRow);
    },
    async upsertPartner(p: PartnerRecord) {
      const values = {
        id: p.id,
        name: p.name,
        publishable_key: p.publishableKey,
        secret_key_hash: p.secretKeyHash,
        allowed_origins: JSON.stringify(p.allowedOrigins),
        created_at: p.createdAt,
      };
      const { id: _id, created_at: _created, ...changes } = values;
      // Two statements, not `on conflict (id) do update`: instances seeding at once would collide on the other
      // unique keys (publishable key, secret hash), which PostgreSQL reports as errors there.
      await db
        .insertInto('partners')
        .values(values)
        .onConflict((oc) => oc.doNothing())
        .execute();
      await db.updateTable('partners').set(changes).where('id', '=', p.id).execute();
    },
  };
}
