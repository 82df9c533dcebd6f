import { FakeRefunds } from './refunds.ts';
import type { FakeOrder, FakePackage } from './types.ts';

/** Usage as `GET /v2/sims/{iccid}/usage` answers it. */
export interface FakeUsage {
  remaining: number;
  total: number;
  remaining_voice: number;
  remaining_text: number;
  total_voice: number;
  total_text: number;
  /** `YYYY-MM-DD HH:mm:ss`, UTC. */
  expired_at: string;
  is_unlimited: boolean;
  status: 'NOT_ACTIVE' | 'ACTIVE' | 'FINISHED' | 'UNKNOWN' | 'EXPIRED' | 'RECYCLED';
}

export interface FakeSim {
  iccid: string;
  recycled: boolean;
  packages: FakePackage[];
  usage: FakeUsage;
  usageCache: { at: number; usage: FakeUsage } | null;
  usageCalls: number[];
  /** Every top-up applied to this eSIM, in order (what tests count). */
  applied: FakeOrder[];
}

/** The fake's account: its eSIMs, their packages, and the orders placed. */
export class FakeAiraloState {
  readonly sims = new Map<string, FakeSim>();
  readonly orders: FakeOrder[] = [];
  readonly refunds = new FakeRefunds();
  purchaseLimit = 50;
  readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  placeOrder(iccid: string, pkg: FakePackage, description: string): FakeOrder {
    const id = 9000 + this.orders.length + 1;
    const order: FakeOrder = {
      id,
      code: `20261201-${String(id).padStart(6, '0')}`,
      iccid,
      package_id: pkg.id,
      description,
      price: pkg.price,
      net_price: pkg.net_price,
      validity: pkg.day,
      created_at: new Date(this.now()).toISOString().replace('T', ' ').slice(0, 19),
    };
    this.orders.push(order);
    const sim = this.sims.get(iccid)!;
    sim.applied.push(order);
    sim.usage = toppedUp(sim.usage, pkg, this.now());
    return order;
  }
}

const airaloTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
const DAY_MS = 86_400_000;

/**
 * The eSIM's usage after a top-up (what its usage answers once Airalo's 20-minute cache has passed): the package's
 * data, calls and texts, valid `day` days from the later of now and the current expiry.
 */
function toppedUp(usage: FakeUsage, pkg: FakePackage, now: number): FakeUsage {
  const current = Date.parse(`${usage.expired_at.replace(' ', 'T')}Z`);
  const from = Number.isNaN(current) ? now : Math.max(now, current);
  return {
    ...usage,
    remaining: pkg.amount,
    total: pkg.amount,
    remaining_voice: pkg.voice ?? 0,
    total_voice: pkg.voice ?? 0,
    remaining_text: pkg.text ?? 0,
    total_text: pkg.text ?? 0,
    is_unlimited: pkg.is_unlimited,
    expired_at: airaloTime(from + pkg.day * DAY_MS),
    status: 'ACTIVE',
  };
}
