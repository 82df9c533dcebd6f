import { missing } from './api-error.ts';
import { dict, str } from './form.ts';
import { token } from './ids.ts';
import type { FakeOutcome, FakePaymentMethod, FakeStripeState, FormObject, Json } from './types.ts';

/** Stripe's test payment methods (https://docs.stripe.com/testing), and what each does here. */
export const TEST_PAYMENT_METHODS: Record<
  string,
  { type: FakePaymentMethod['type']; brand?: string; last4?: string; outcome: FakeOutcome }
> = {
  pm_card_visa: { type: 'card', brand: 'visa', last4: '4242', outcome: 'succeeded' },
  pm_card_mastercard: { type: 'card', brand: 'mastercard', last4: '4444', outcome: 'succeeded' },
  pm_card_chargeDeclined: { type: 'card', brand: 'visa', last4: '0002', outcome: 'card_declined' },
  pm_card_authenticationRequired: { type: 'card', brand: 'visa', last4: '3184', outcome: 'authentication_required' },
  pm_card_processing: { type: 'card', brand: 'visa', last4: '0077', outcome: 'processing' },
  pm_alipay: { type: 'alipay', outcome: 'succeeded' },
  pm_wechat_pay: { type: 'wechat_pay', outcome: 'succeeded' },
};

export function createCustomer(state: FakeStripeState, params: FormObject): Json {
  const customer = {
    id: `cus_${token(14)}`,
    object: 'customer',
    created: state.created(),
    description: str(params, 'description') ?? null,
    email: str(params, 'email') ?? null,
    livemode: false,
    metadata: dict(params, 'metadata'),
  };
  state.customers.set(customer.id, customer);
  return customer;
}

/** A saved payment method, or a new one cloned from one of Stripe's test payment methods (`pm_card_visa`). */
export function paymentMethodFor(state: FakeStripeState, id: string): FakePaymentMethod {
  const saved = state.paymentMethods.get(id);
  if (saved) return saved;
  const test = TEST_PAYMENT_METHODS[id];
  if (!test) throw missing('PaymentMethod', id, 'payment_method');
  // A test method is cloned into a new PaymentMethod each time, as Stripe does.
  const pm: FakePaymentMethod = {
    id: `pm_${token()}`,
    object: 'payment_method',
    type: test.type,
    card:
      test.type === 'card'
        ? { brand: test.brand!, last4: test.last4!, exp_month: 12, exp_year: 2034, funding: 'credit' }
        : null,
    ...(test.type === 'alipay' ? { alipay: {} } : {}),
    ...(test.type === 'wechat_pay' ? { wechat_pay: {} } : {}),
    customer: null,
    created: state.created(),
    livemode: false,
    metadata: {},
  };
  state.paymentMethods.set(pm.id, pm);
  state.outcomes.set(pm.id, state.outcomes.get(id) ?? test.outcome);
  return pm;
}
