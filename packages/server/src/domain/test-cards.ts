import type { CardBalanceValues } from '@urcard/sdk';
import type { CardState, CarrierProfile } from '../store/types.ts';
import { en } from './catalogue-text/en.ts';

/** The sandbox's demo partner. Its keys are public on purpose: they only work against a sandbox server. */
export const SANDBOX_PARTNER = {
  id: 'ptr_demo',
  name: 'Demo partner',
  publishableKey: 'pk_test_demo',
  secretKey: 'sk_test_demo',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
} as const;

export const TEST_CARD_PIN = '1234';

export interface TestCardDefinition {
  number: string;
  /** One line for docs/testing.md. */
  story: string;
  /** Expiry relative to the moment the sandbox (re)seeds: negative is in the past. */
  expiresInDays: number;
  state: CardState;
  stateReason: string | null;
  carrierProfile: CarrierProfile;
  planId: string;
  planName: string;
  planTier: 'basic' | 'advanced';
  balance: CardBalanceValues;
  coverage: string[];
}

const ASIA = ['CN', 'HK', 'MO', 'TW', 'JP', 'KR', 'SG', 'TH', 'MY', 'VN'];
const WORLD = [...ASIA, 'US', 'GB', 'FR', 'DE', 'ES', 'IT', 'AU'];

/** The six test cards of docs/testing.md, all with PIN 1234. */
export const TEST_CARDS: readonly TestCardDefinition[] = [
  {
    number: '8986010000000000018',
    story: 'Active, 20 days left.',
    expiresInDays: 20,
    state: 'active',
    stateReason: null,
    carrierProfile: 'normal',
    planId: 'basic-30',
    planName: 'Basic 30 days',
    planTier: 'basic',
    balance: { dataMb: 6380, dataTotalMb: 10240, minutes: 142, minutesTotal: 200, sms: 77 },
    coverage: ASIA,
  },
  {
    number: '8986010000000000026',
    story: 'Expiring in 3 days.',
    expiresInDays: 3,
    state: 'active',
    stateReason: null,
    carrierProfile: 'normal',
    planId: 'advanced-30',
    planName: 'Advanced 30 days',
    planTier: 'advanced',
    balance: { dataMb: null, dataTotalMb: null, minutes: 61, minutesTotal: 500, sms: 12 },
    coverage: WORLD,
  },
  {
    number: '8986010000000000034',
    story: 'Expired 10 days ago: a renewal starts today.',
    expiresInDays: -10,
    state: 'active',
    stateReason: null,
    carrierProfile: 'normal',
    planId: 'basic-7',
    planName: 'Basic 7 days',
    planTier: 'basic',
    balance: { dataMb: 0, dataTotalMb: 3072, minutes: 0, minutesTotal: 50, sms: 0 },
    coverage: ASIA,
  },
  {
    number: '8986010000000000042',
    story: 'Suspended: not renewable, with the reason.',
    expiresInDays: 45,
    state: 'suspended',
    stateReason: en.reasons.cardLost,
    carrierProfile: 'normal',
    planId: 'basic-90',
    planName: 'Basic 90 days',
    planTier: 'basic',
    balance: { dataMb: 20480, dataTotalMb: 30720, minutes: 410, minutesTotal: 600, sms: 250 },
    coverage: ASIA,
  },
  {
    number: '8986010000000000059',
    story: 'The carrier rejects the renewal: the order fails and the payment is refunded.',
    expiresInDays: 12,
    state: 'active',
    stateReason: null,
    carrierProfile: 'reject',
    planId: 'basic-30',
    planName: 'Basic 30 days',
    planTier: 'basic',
    balance: { dataMb: 2048, dataTotalMb: 10240, minutes: 80, minutesTotal: 200, sms: 40 },
    coverage: ASIA,
  },
  {
    number: '8986010000000000067',
    story: 'The carrier is slow: the order completes after about 2 minutes.',
    expiresInDays: 25,
    state: 'active',
    stateReason: null,
    carrierProfile: 'slow',
    planId: 'advanced-7',
    planName: 'Advanced 7 days',
    planTier: 'advanced',
    balance: { dataMb: 8120, dataTotalMb: 10240, minutes: 90, minutesTotal: 100, sms: 44 },
    coverage: WORLD,
  },
];

/** `card_test0018` for …0018: stable ids, so a reseed updates the same rows. */
export function testCardId(number: string): string {
  return `card_test${number.slice(-4)}`;
}
