import type { KeyKind, RouteName, Routes } from '@urcard/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod/mini';
import type { AppEnv } from '../http/env.ts';
import type { Services } from '../services.ts';
import type { CardRecord, CustomerSessionRecord, PartnerRecord } from '../store/types.ts';

export type RouteBody<N extends RouteName> = Routes[N] extends { body: infer B extends z.ZodMiniType }
  ? z.output<B>
  : undefined;
export type RouteQuery<N extends RouteName> = Routes[N] extends { query: infer Q extends z.ZodMiniType }
  ? z.output<Q>
  : undefined;
export type RouteOutput<N extends RouteName> = z.output<Routes[N]['response']>;

/** What a route handler gets once authentication, tokens and validation have passed. */
export interface RouteContext<N extends RouteName> {
  name: N;
  c: Context<AppEnv>;
  services: Services;
  /** The key's partner; null only on routes without auth. */
  partner: PartnerRecord | null;
  /** The kind of key the call was made with; null only on routes without auth. */
  keyKind: KeyKind | null;
  /** The card of the `Urcard-Card-Token` header, on routes that take one. */
  card: CardRecord | null;
  /** The customer session of the `Urcard-Customer-Session` header, when given. */
  session: CustomerSessionRecord | null;
  body: RouteBody<N>;
  query: RouteQuery<N>;
  params: Record<string, string>;
  requestId: string;
  /** The same for every attempt with one Idempotency-Key (derive ids from it); null without a key. */
  seed: string | null;
}

export interface RouteHandler<N extends RouteName> {
  /** This route's own middleware, run after authentication and before tokens and validation (rate limits). */
  use?(services: Services): MiddlewareHandler<AppEnv>[];
  handle(ctx: RouteContext<N>): Promise<RouteOutput<N>>;
  /** The copy of a response stored for idempotent replays: secrets taken out. */
  redact?(body: RouteOutput<N>): unknown;
  /** A stored response made whole again for a replay. */
  rehydrate?(stored: unknown, ctx: RouteContext<N>): Promise<RouteOutput<N>>;
}

export type RouteHandlers = { [N in RouteName]: RouteHandler<N> };
