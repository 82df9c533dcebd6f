import { sql } from 'kysely';
import { newId } from '../../ids.ts';
import type { Queries, QueryContext } from './context.ts';
import { jobFromRow } from './rows.ts';

type JobKeys = 'enqueueJob' | 'claimJobs' | 'renewJobLeases' | 'finishJob' | 'retryJob' | 'releaseJobs' | 'listJobs';

/**
 * The job queue. A claim is one statement over rows locked for it (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so
 * workers on any number of instances never take the same job; a job whose holder died comes back when its lease
 * lapses, never sooner.
 */
export function jobQueries({ db, engine }: QueryContext): Queries<JobKeys> {
  return {
    async enqueueJob(job, now) {
      const result = await db
        .insertInto('jobs')
        .values({
          id: newId('job'),
          type: job.type,
          unique_key: job.uniqueKey ?? null,
          payload: JSON.stringify(job.payload),
          status: 'pending',
          attempts: 0,
          run_at: job.runAt ?? now,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      const queued = Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
      if (queued) await engine.announceJobs(db);
      return queued;
    },
    async claimJobs({ now, limit, leaseMs, owner, types }) {
      if (limit <= 0 || types?.length === 0) return [];
      const rows = await db
        .updateTable('jobs')
        .set({
          status: 'running',
          owner,
          locked_until: now + leaseMs,
          attempts: sql<number>`attempts + 1`,
          updated_at: now,
        })
        .where('id', 'in', (eb) => {
          let due = eb
            .selectFrom('jobs')
            .select('id')
            .where((w) =>
              w.or([
                w.and([w('status', '=', 'pending'), w('run_at', '<=', now)]),
                w.and([w('status', '=', 'running'), w('locked_until', '<', now)]),
              ]),
            );
          if (types) due = due.where('type', 'in', [...types]);
          return engine.lockForClaim(due.orderBy('run_at').orderBy('id').limit(limit));
        })
        .returningAll()
        .execute();
      return rows.map(jobFromRow).sort((a, b) => a.runAt - b.runAt || a.id.localeCompare(b.id));
    },
    async renewJobLeases(ids, owner, until) {
      if (ids.length === 0) return;
      await db
        .updateTable('jobs')
        .set({ locked_until: until })
        .where('id', 'in', [...ids])
        .where('owner', '=', owner)
        .where('status', '=', 'running')
        .execute();
    },
    async finishJob(id, owner, now) {
      await db
        .updateTable('jobs')
        .set({ status: 'done', locked_until: null, updated_at: now, last_error: null })
        .where('id', '=', id)
        .where('owner', '=', owner)
        .execute();
    },
    async retryJob(id, owner, o) {
      await db
        .updateTable('jobs')
        .set({
          status: o.dead ? 'dead' : 'pending',
          run_at: o.runAt,
          last_error: o.error,
          locked_until: null,
          updated_at: o.now,
        })
        .where('id', '=', id)
        .where('owner', '=', owner)
        .execute();
    },
    async releaseJobs(owner, now) {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'pending', locked_until: null, owner: null, updated_at: now })
        .where('status', '=', 'running')
        .where('owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async listJobs(filter = {}) {
      let query = db.selectFrom('jobs').selectAll();
      if (filter.type) query = query.where('type', '=', filter.type);
      if (filter.status) query = query.where('status', '=', filter.status);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(jobFromRow);
    },
  };
}
