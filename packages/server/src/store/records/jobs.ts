export const JOB_TYPES = [
  'provision_order',
  'refund_order',
  'auto_renew',
  'deliver_webhook',
  'send_receipt',
  'low_data_top_up',
] as const;
export type JobType = (typeof JOB_TYPES)[number];
export type JobStatus = 'pending' | 'running' | 'done' | 'dead';

export interface JobRecord {
  id: string;
  type: JobType;
  /** At most one job per unique key, ever (e.g. `provision:ord_…`). */
  uniqueKey: string | null;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  runAt: number;
  lockedUntil: number | null;
  owner: string | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface NewJob {
  type: JobType;
  uniqueKey?: string;
  payload: Record<string, unknown>;
  runAt?: number;
}

export interface IdempotencyRecord {
  partnerId: string;
  key: string;
  /** SHA-256 of the route, its parameters, the card and the parsed body. */
  requestHash: string;
  status: 'running' | 'done';
  /** While running: after this, another request with the key may take over (the first one died). */
  lockedUntil: number | null;
  responseStatus: number | null;
  /** JSON, with secrets (client secrets, session tokens) taken out. */
  responseBody: string | null;
  createdAt: number;
  expiresAt: number;
}

/**
 * A carrier's memory of a request sent under our reference: the simulated carrier's renewals (answered the same
 * way every time), and real carriers' requests that have no idempotency key of their own (an Airalo refund
 * request is recorded `pending` before it is sent, so a retry never sends it twice).
 */
export interface CarrierRequestRecord {
  reference: string;
  cardId: string;
  requestedAt: number;
  completesAt: number;
  outcome: 'accepted' | 'rejected' | 'pending';
  reason: string | null;
}

/** The job queue, idempotency keys, the simulated carrier's memory and shared rate limits. */
export interface JobStoreData {
  /** False when a job with the same unique key exists already. */
  enqueueJob(job: NewJob, now: number): Promise<boolean>;
  /** Takes up to `limit` due jobs (or jobs whose lease lapsed) of `types` (all when absent) for `owner`, atomically. */
  claimJobs(options: {
    now: number;
    limit: number;
    leaseMs: number;
    owner: string;
    types?: readonly JobType[];
  }): Promise<JobRecord[]>;
  renewJobLeases(ids: readonly string[], owner: string, until: number): Promise<void>;
  finishJob(id: string, owner: string, now: number): Promise<void>;
  /** Puts a failed job back for later, or gives up on it (`dead`). */
  retryJob(
    id: string,
    owner: string,
    options: { runAt: number; error: string; dead: boolean; now: number },
  ): Promise<void>;
  /** Puts the running jobs of `owner` back to pending (a clean stop); others' jobs come back when their lease lapses. */
  releaseJobs(owner: string, now: number): Promise<number>;
  listJobs(filter?: { type?: JobType; status?: JobStatus }): Promise<JobRecord[]>;

  getIdempotency(partnerId: string, key: string): Promise<IdempotencyRecord | null>;
  /**
   * The first claim of a key, atomically: a new (or expired) key is taken with `record`; a running key whose lock
   * lapsed is taken over when the request is the same. Otherwise the key as it stands, not claimed.
   */
  claimIdempotency(record: IdempotencyRecord, now: number): Promise<{ claimed: boolean; record: IdempotencyRecord }>;
  /** Stores the answer of the request that holds the key. */
  finishIdempotency(partnerId: string, key: string, response: { status: number; body: string }): Promise<void>;
  deleteIdempotency(partnerId: string, key: string): Promise<void>;

  getCarrierRequest(reference: string): Promise<CarrierRequestRecord | null>;
  /** Records the request unless one with the reference exists; returns the one that counts (first wins). */
  putCarrierRequestOnce(request: CarrierRequestRecord): Promise<CarrierRequestRecord>;
  /** Writes the answer of a `pending` request; false when the request is not pending (answered already, or gone). */
  answerCarrierRequest(
    reference: string,
    answer: { outcome: 'accepted' | 'rejected'; reason: string | null; completesAt: number },
  ): Promise<boolean>;
  /** Forgets a `pending` request the carrier answered "not done" (a 5xx, a 429): it may be sent again. */
  forgetPendingCarrierRequest(reference: string): Promise<void>;

  /** Counts one hit in the key's fixed window (shared by every instance), in one statement. */
  hitRateLimit(key: string, windowMs: number, now: number): Promise<{ count: number; windowStart: number }>;
}
