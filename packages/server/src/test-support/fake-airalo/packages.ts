import type { FakePackage, Json } from './types.ts';

/** USD to other currencies, fixed for the fake. */
const RATES = { USD: 1, EUR: 0.92, GBP: 0.79, AED: 3.67, JPY: 150 } as const;

const round = (n: number, currency: string) => (currency === 'JPY' ? Math.round(n) : Math.round(n * 100) / 100);

const perCurrency = (usd: number): Json =>
  Object.fromEntries(Object.entries(RATES).map(([currency, rate]) => [currency, round(usd * rate, currency)]));

const dataLabel = (p: FakePackage) =>
  p.is_unlimited ? 'Unlimited' : p.amount >= 1024 ? `${p.amount / 1024} GB` : `${p.amount} MB`;

/** A package as Airalo's top-up list shows it. */
export function packageJson(p: FakePackage): Json {
  return {
    id: p.id,
    type: 'topup',
    title: p.title,
    data: dataLabel(p),
    amount: p.amount,
    day: p.day,
    is_unlimited: p.is_unlimited,
    voice: p.voice,
    text: p.text,
    price: p.price,
    net_price: p.net_price,
    prices: {
      recommended_retail_price: perCurrency(p.price),
      net_price: perCurrency(p.net_price),
    },
  };
}

/** A package with sensible defaults (3 GB, 30 days, 20 USD retail, 14 USD net). */
export function fakePackage(id: string, patch: Partial<FakePackage> = {}): FakePackage {
  return {
    id,
    title: id,
    amount: 3072,
    day: 30,
    is_unlimited: false,
    voice: null,
    text: null,
    price: 20,
    net_price: 14,
    ...patch,
  };
}
