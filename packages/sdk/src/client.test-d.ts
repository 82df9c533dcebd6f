// Type tests, checked by `tsc --noEmit` (pnpm typecheck); never run. Each @ts-expect-error line must fail to
// compile: if one compiles, tsc reports the directive as unused and the typecheck fails.
import type { CardSession, Order, PlanList, Quote } from './contract/index.ts';
import { createClient, isUrcardError, type UrcardClient, UrcardError } from './index.ts';

declare const client: UrcardClient;
declare const signal: AbortSignal;
const cardToken = 'ct_demo';

// Keys: exactly one of publishableKey and secretKey.
createClient({ apiBase: 'https://api.example.com', publishableKey: 'pk_test_demo' });
createClient({ apiBase: 'https://api.example.com', secretKey: 'sk_test_demo', retries: 0, timeoutMs: 1_000 });
createClient({ apiBase: '/api', publishableKey: 'pk_test_demo', fetch: globalThis.fetch, customerSession: 'cs_1' });
// @ts-expect-error fetch must be fetch-like
createClient({ apiBase: '/api', publishableKey: 'pk_test_demo', fetch: (url: URL) => url });
// @ts-expect-error a key is required
createClient({ apiBase: 'https://api.example.com' });
// @ts-expect-error not both keys
createClient({ apiBase: 'https://api.example.com', publishableKey: 'pk_a', secretKey: 'sk_b' });
// @ts-expect-error apiBase is required
createClient({ publishableKey: 'pk_test_demo' });

// Results are the contract's inferred types.
export async function results() {
  const session: CardSession = await client.cards.verify(
    { cardNumber: '8986010000000000018', pin: '1234' },
    { signal },
  );
  const plans: PlanList = await client.plans.list({ cardToken: session.cardToken, currency: 'JPY' });
  const quote: Quote = await client.quotes.create({ cardToken, planId: plans.plans[0]?.id ?? '', currency: 'JPY' });
  const order: Order = await client.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
  const days: number = (await client.cards.current({ cardToken })).card.daysLeft;
  // A balance says how fresh it is: when the carrier reported it (ISO time or null) and whether it is stale.
  const { asOf, stale }: { asOf: string | null; stale: boolean } = session.card.balance;
  // @ts-expect-error asOf may be null (the simulated carrier, or no reading yet)
  const asOfAlways: string = session.card.balance.asOf;
  // @ts-expect-error a plan has no `cost`
  plans.plans[0]?.cost;
  // @ts-expect-error status is a union of literals, not any string
  const status: 'shipped' = order.status;
  return [days, status, asOf, stale, asOfAlways];
}

// cards.verify
// @ts-expect-error the PIN is required
client.cards.verify({ cardNumber: '8986010000000000018' });
// @ts-expect-error unknown option
client.cards.verify({ cardNumber: '8986010000000000018', pin: '1234' }, { signl: signal });
// @ts-expect-error verify takes no idempotency key (its route does not accept one)
client.cards.verify({ cardNumber: '8986010000000000018', pin: '1234' }, { idempotencyKey: 'k' });

// Card token required where the route needs it.
// @ts-expect-error missing cardToken
client.plans.list({ currency: 'USD' });
// @ts-expect-error missing cardToken
client.cards.current({});
// @ts-expect-error missing cardToken
client.orders.create({ quoteId: 'quo_1', autoRenew: false });
// @ts-expect-error a currency the contract does not list
client.plans.list({ cardToken, currency: 'XAU' });
// @ts-expect-error enabled must be a boolean
client.cards.setAutoRenew({ cardToken, enabled: 'yes' });

// quotes.create: exactly one of planId and custom.
client.quotes.create({ cardToken, custom: { dataMb: null, minutes: 100, validityDays: 30 }, currency: 'EUR' });
client.quotes.create({ cardToken, planId: 'basic-30', currency: 'EUR', promoCode: 'TRAVEL10' });
// @ts-expect-error planId and custom together
client.quotes.create({
  cardToken,
  planId: 'basic-30',
  custom: { dataMb: 1024, minutes: 0, validityDays: 7 },
  currency: 'USD',
});
// @ts-expect-error neither planId nor custom
client.quotes.create({ cardToken, currency: 'USD' });
// @ts-expect-error custom compositions are strict about their fields
client.quotes.create({ cardToken, custom: { dataMb: 1024, minutes: 0 }, currency: 'USD' });

// orders
client.orders.create({ cardToken, quoteId: 'quo_1', autoRenew: true, email: 'a@b.c' }, { idempotencyKey: 'k', signal });
// @ts-expect-error autoRenew is required
client.orders.create({ cardToken, quoteId: 'quo_1' });
// @ts-expect-error the idempotency key is a string
client.orders.create({ cardToken, quoteId: 'quo_1', autoRenew: true }, { idempotencyKey: 42 });
client.orders.waitForCompletion('ord_1', { signal, onUpdate: (order) => order.status, timeoutMs: 60_000 });
// @ts-expect-error onUpdate receives an Order
client.orders.waitForCompletion('ord_1', { onUpdate: (order: string) => order });

// sandbox
client.sandbox.pay('ord_1', 'succeeded');
client.sandbox.pay('ord_1', 'requires_action', { idempotencyKey: 'k' });
// @ts-expect-error not a sandbox outcome
client.sandbox.pay('ord_1', 'success');
// @ts-expect-error the outcome is required
client.sandbox.pay('ord_1');
client.sandbox.challenge('ord_1', 'approve');
// @ts-expect-error challenge results are approve | fail
client.sandbox.challenge('ord_1', 'succeeded');

// customers
client.customerSessions.create({ customerId: 'user-42', ttlMinutes: 30 });
// @ts-expect-error customerId is required
client.customerSessions.create({ ttlMinutes: 30 });
client.customer.listCards();
client.customer.selectCard({ cardId: 'card_1' });
// @ts-expect-error cardId is required
client.customer.selectCard({ customerSession: 'cs_1' });

// Errors
export function handle(error: unknown) {
  if (isUrcardError(error)) {
    const code: UrcardError['code'] = error.code;
    // @ts-expect-error codes come from ERROR_CODES
    if (error.code === 'card_expired') return code;
    const status: number = error.status;
    const requestId: string | null = error.requestId;
    return [status, requestId, error.retryable, error.field, error.retryAfterSeconds, error.attemptsRemaining];
  }
  // @ts-expect-error the code must be one of ERROR_CODES
  return new UrcardError('oops', 'message');
}
