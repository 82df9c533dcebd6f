import {
  CURRENCIES,
  type Currency,
  cardNumberSchema,
  currencySchema,
  customerSessionTokenSchema,
  PAYMENT_METHOD_TYPES,
  type PaymentMethodType,
  PLAN_TIERS,
  type PlanTier,
  partnerRefSchema,
  planIdSchema,
  promoCodeSchema,
} from '@urcard/sdk';
import * as z from 'zod/mini';
import { THEMES, type Theme } from '../theme/tokens.ts';

/** The configuration the widget runs with, every attribute parsed and defaulted. */
export interface CheckoutConfig {
  apiBase: string | null;
  publishableKey: string | null;
  locale: string | null;
  currency: Currency;
  cardNumber: string | null;
  customerSession: string | null;
  plan: string | null;
  tiers: PlanTier[];
  promoCode: string | null;
  paymentMethods: PaymentMethodType[];
  theme: Theme;
  returnUrl: string | null;
  supportUrl: string | null;
  partnerRef: string | null;
  autoRenew: boolean;
}

export const DEFAULT_CONFIG: CheckoutConfig = {
  apiBase: null,
  publishableKey: null,
  locale: null,
  currency: 'USD',
  cardNumber: null,
  customerSession: null,
  plan: null,
  tiers: [...PLAN_TIERS],
  promoCode: null,
  paymentMethods: [...PAYMENT_METHOD_TYPES],
  theme: 'auto',
  returnUrl: null,
  supportUrl: null,
  partnerRef: null,
  autoRenew: false,
};

type Key = keyof CheckoutConfig;

interface AttributeSpec {
  attribute: string;
  schema: z.ZodMiniType;
  /** What a correct value looks like, for the partner's developer. */
  expected: string;
}

const httpUrl = z.url({ protocol: /^https?$/ });
/** A space- or comma-separated list of values from `values`, each at most once, at least one. */
const listOf = <T extends string>(values: readonly T[]) =>
  z.pipe(
    z.string(),
    z.pipe(
      z.transform((s: string) => [...new Set(s.split(/[\s,]+/).filter(Boolean))]),
      z.array(z.enum(values as unknown as [T, ...T[]])).check(z.minLength(1)),
    ),
  );
const bool = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['', 'true', 'false']),
    z.transform((s) => s !== 'false'),
  ),
]);
const locale = z.string().check(
  z.refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }),
);

/** Every attribute, once: docs, tests and the parser read this table. */
export const ATTRIBUTES: Record<Key, AttributeSpec> = {
  apiBase: {
    attribute: 'api-base',
    schema: httpUrl,
    expected: 'the http(s) URL of the renewal API, e.g. https://api.example.com',
  },
  publishableKey: {
    attribute: 'publishable-key',
    schema: z.string().check(z.regex(/^pk_(test|live)_[A-Za-z0-9]+$/)),
    expected: 'your publishable key, pk_test_… or pk_live_… (never an sk_ secret key)',
  },
  locale: { attribute: 'locale', schema: locale, expected: 'a BCP 47 language tag such as en, zh-CN or ja' },
  currency: {
    attribute: 'currency',
    schema: z.pipe(z.string().check(z.trim(), z.toUpperCase()), currencySchema),
    expected: `one of ${CURRENCIES.join(', ')}`,
  },
  cardNumber: {
    attribute: 'card-number',
    schema: cardNumberSchema,
    expected: 'an ICCID of 18 to 22 digits with a valid check digit',
  },
  customerSession: {
    attribute: 'customer-session',
    schema: customerSessionTokenSchema,
    expected: 'a customer session token (cs_…) created by your server',
  },
  plan: { attribute: 'plan', schema: planIdSchema, expected: 'a plan id from GET /v1/plans, or "custom"' },
  tiers: {
    attribute: 'tiers',
    schema: listOf(PLAN_TIERS),
    expected: `one or more of ${PLAN_TIERS.join(', ')}, separated by spaces or commas`,
  },
  promoCode: { attribute: 'promo-code', schema: promoCodeSchema, expected: 'a promo code of 1 to 40 characters' },
  paymentMethods: {
    attribute: 'payment-methods',
    schema: listOf(PAYMENT_METHOD_TYPES),
    expected: `one or more of ${PAYMENT_METHOD_TYPES.join(', ')}, separated by spaces or commas`,
  },
  theme: { attribute: 'theme', schema: z.enum(THEMES), expected: THEMES.join(', ') },
  returnUrl: {
    attribute: 'return-url',
    schema: httpUrl,
    expected: 'the http(s) URL of this page, where Alipay and WeChat Pay send the customer back',
  },
  supportUrl: {
    attribute: 'support-url',
    schema: z.url({ protocol: /^(https?|mailto|tel)$/ }),
    expected: 'an http(s), mailto: or tel: URL of your support page',
  },
  partnerRef: {
    attribute: 'partner-ref',
    schema: partnerRefSchema,
    expected: 'your own reference, at most 100 characters',
  },
  autoRenew: { attribute: 'auto-renew', schema: bool, expected: 'no value (on), "true" or "false"' },
};

/** A configuration value that was rejected; the widget shows it and fires `urcard-error`. */
export interface ConfigProblem {
  attribute: string;
  /** The rejected value, or null when a required value is missing. */
  value: string | null;
  expected: string;
  /** Without it the widget cannot run at all. */
  fatal: boolean;
}

/** Reads the raw values (attributes or properties) into a config; bad values fall back to the default. */
export function parseConfig(
  raw: Partial<Record<Key, unknown>>,
  options: { hasClient: boolean },
): { config: CheckoutConfig; problems: ConfigProblem[] } {
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(ATTRIBUTES) as Key[]) {
    const spec = ATTRIBUTES[key];
    const value = raw[key];
    const essential = (key === 'apiBase' || key === 'publishableKey') && !options.hasClient;
    if (value === undefined || value === null || (value === '' && key !== 'autoRenew')) {
      if (essential) problems.push({ attribute: spec.attribute, value: null, expected: spec.expected, fatal: true });
      continue;
    }
    const result = z.safeParse(spec.schema, value);
    if (result.success) config[key] = result.data;
    else
      problems.push({
        attribute: spec.attribute,
        value: redact(key, value),
        expected: spec.expected,
        fatal: essential,
      });
  }
  return { config: config as unknown as CheckoutConfig, problems };
}

/** A card number or session token is not echoed back in full, even when it is wrong. */
function redact(key: Key, value: unknown): string {
  const text = String(value);
  if ((key === 'cardNumber' || key === 'customerSession') && text.length > 4) return `…${text.slice(-4)}`;
  return text;
}
