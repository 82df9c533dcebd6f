import type { Kysely } from 'kysely';

/**
 * Card import (`POST /v1/cards/import`): the ICCID of an imported card, sealed with the SecretBox (the carrier is
 * told which SIM to top up without the number being stored in clear), and the partner that imported it.
 */
export async function cardImport(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cards').addColumn('sealed_iccid', 'text').execute();
  await db.schema.alterTable('cards').addColumn('imported_by', 'text').execute();
}
