import type { Migration, MigrationProvider } from 'kysely/migration';
import type { EngineKind } from '../engine.ts';
import { initialSchema } from './0001-initial.ts';
import { sharedLimits } from './0002-shared-limits.ts';
import { eventsWebhooks } from './0003-events-webhooks.ts';
import { backOffice } from './0004-back-office.ts';
import { cardImport } from './0005-card-import.ts';
import { cardReadings } from './0006-card-readings.ts';
import { lowData } from './0007-low-data.ts';

/**
 * Numbered migrations, applied in order by Kysely's Migrator (each in a transaction; on PostgreSQL under an
 * advisory lock, so instances starting together apply each once). Append new ones; never edit one that shipped.
 */
export function migrationsFor(kind: EngineKind): Record<string, Migration> {
  return {
    '0001-initial': { up: initialSchema(kind) },
    '0002-shared-limits': { up: sharedLimits },
    '0003-events-webhooks': { up: eventsWebhooks(kind) },
    '0004-back-office': { up: backOffice },
    '0005-card-import': { up: cardImport },
    '0006-card-readings': { up: cardReadings },
    '0007-low-data': { up: lowData },
  };
}

export function migrationProvider(kind: EngineKind, extra: Record<string, Migration> = {}): MigrationProvider {
  return { getMigrations: async () => ({ ...migrationsFor(kind), ...extra }) };
}
