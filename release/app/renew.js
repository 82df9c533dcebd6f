// A renewal with the installed @urcard/sdk against the installed urcard-server (sandbox): node renew.js API_BASE
import { createClient } from '@urcard/sdk';

const urcard = createClient({ apiBase: process.argv[2], publishableKey: 'pk_test_demo' });
const health = await urcard.health();
// docs/testing.md: expiring in 3 days, PIN 1234.
const { cardToken, card } = await urcard.cards.verify({ cardNumber: '8986 0100 0000 0000 026', pin: '1234' });
const { plans } = await urcard.plans.list({ cardToken, currency: 'USD' });
const plan = plans.find((p) => p.tier === 'basic');
const quote = await urcard.quotes.create({ cardToken, planId: plan.id, currency: 'USD', promoCode: 'TRAVEL10' });
const order = await urcard.orders.create({ cardToken, quoteId: quote.id, autoRenew: false });
await urcard.sandbox.pay(order.id, 'succeeded');
const done = await urcard.orders.waitForCompletion(order.id, { timeoutMs: 30_000, intervalMs: 200 });
console.log(
  JSON.stringify({ health, plan: plan.id, before: card.expiresAt, status: done.status, receipt: done.receipt }),
);
