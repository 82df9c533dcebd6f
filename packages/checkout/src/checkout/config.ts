import type { Currency, PaymentMethodType, PlanTier } from '@urcard/sdk';
import { CURRENCIES, PAYMENT_METHOD_TYPES, PLAN_TIERS } from '@urcard/sdk/enums';
import type { PropertyDeclarations } from 'lit';
import { THEMES, type Theme } from '../theme/tokens.ts';
import { bool, cardNumber, INVALID, listOf, localeTag, matching, oneOf, type Parser, sized, url } from './parsers.ts';

/**
 * One attribute of `<urcard-checkout>`: everything else (properties, parser, docs, React props) reads this. Its
 * JSDoc in ATTRIBUTES is its documentation: the manifest plugin (custom-elements-manifest.config.mjs) reads it, so
 * that the descriptions are not shipped to browsers.
 */
export interface AttributeSpec<T = unknown> {
  attribute: string;
  parse: Parser<T>;
  default: T;
  /** What a correct value looks like, for the partner's developer. */
  expected: string;
  /** Reflected to the attribute (only what CSS selects on). */
  reflect?: boolean;
}

const spec = <T>(s: AttributeSpec<T>) => s;
const httpUrl = url('http', 'https');

/** Every attribute, once: the element's properties, the parser, the docs, the tests and React props read this table. */
export const ATTRIBUTES = {
  /** Base URL of the renewal API, e.g. `https://api.example.com`. Required unless `client` is set. */
  apiBase: spec<string | null>({
    attribute: 'api-base',
    parse: httpUrl,
    default: null,
    expected: 'the http(s) URL of the renewal API, e.g. https://api.example.com',
  }),
  /** Your publishable key (`pk_test_…`, `pk_live_…`). Required unless `client` is set. */
  publishableKey: spec<string | null>({
    attribute: 'publishable-key',
    parse: matching(/^pk_(test|live)_[A-Za-z0-9]+$/),
    default: null,
    expected: 'your publishable key, pk_test_… or pk_live_… (never an sk_ secret key)',
  }),
  /** Language (BCP 47, e.g. `zh-CN`). Defaults to `<html lang>`, then English. */
  locale: spec<string | null>({
    attribute: 'locale',
    parse: localeTag,
    default: null,
    expected: 'a BCP 47 language tag such as en, zh-CN or ja',
  }),
  /** Currency of the prices: USD, EUR, CNY, HKD or JPY. Default USD. */
  currency: spec<Currency>({
    attribute: 'currency',
    parse: oneOf(CURRENCIES, (s) => s.trim().toUpperCase()),
    default: 'USD',
    expected: `one of ${CURRENCIES.join(', ')}`,
  }),
  /** Prefills the card number (ICCID, 18 to 22 digits). */
  cardNumber: spec<string | null>({
    attribute: 'card-number',
    parse: cardNumber,
    default: null,
    expected: 'an ICCID of 18 to 22 digits with a valid check digit',
  }),
  /** A customer session token (`cs_…`) from your server: the customer's bound cards are offered first. */
  customerSession: spec<string | null>({
    attribute: 'customer-session',
    parse: matching(/^cs_[A-Za-z0-9_-]+$/),
    default: null,
    expected: 'a customer session token (cs_…) created by your server',
  }),
  /** Preselects a plan by its id, or `custom` for the builder. */
  plan: spec<string | null>({
    attribute: 'plan',
    parse: sized(1, Number.POSITIVE_INFINITY),
    default: null,
    expected: 'a plan id from GET /v1/plans, or "custom"',
  }),
  /** Tiers to offer: any of `basic`, `advanced`, `custom`, separated by spaces or commas. Default all three. */
  tiers: spec<PlanTier[]>({
    attribute: 'tiers',
    parse: listOf(PLAN_TIERS),
    default: [...PLAN_TIERS],
    expected: `one or more of ${PLAN_TIERS.join(', ')}, separated by spaces or commas`,
  }),
  /** Prefills and applies a promo code. */
  promoCode: spec<string | null>({
    attribute: 'promo-code',
    parse: sized(1, 40, (s) => s.trim().toUpperCase()),
    default: null,
    expected: 'a promo code of 1 to 40 characters',
  }),
  /** Payment methods to offer: any of `card`, `alipay`, `wechat_pay`. Default all three. */
  paymentMethods: spec<PaymentMethodType[]>({
    attribute: 'payment-methods',
    parse: listOf(PAYMENT_METHOD_TYPES),
    default: [...PAYMENT_METHOD_TYPES],
    expected: `one or more of ${PAYMENT_METHOD_TYPES.join(', ')}, separated by spaces or commas`,
  }),
  /** Colour scheme: `light`, `dark` or `auto` (the system's). Reflected, so you can style `urcard-checkout[theme=dark]`. */
  theme: spec<Theme>({
    attribute: 'theme',
    parse: oneOf(THEMES),
    default: 'auto',
    expected: THEMES.join(', '),
    reflect: true,
  }),
  /** Where Alipay and WeChat Pay send the customer back to. Default: this page. */
  returnUrl: spec<string | null>({
    attribute: 'return-url',
    parse: httpUrl,
    default: null,
    expected: 'the http(s) URL of this page, where Alipay and WeChat Pay send the customer back',
  }),
  /** Your support page (http(s), mailto: or tel:), linked when the customer needs a person. */
  supportUrl: spec<string | null>({
    attribute: 'support-url',
    parse: url('http', 'https', 'mailto', 'tel'),
    default: null,
    expected: 'an http(s), mailto: or tel: URL of your support page',
  }),
  /** Your own reference (at most 100 characters), echoed in events and stored on the order. */
  partnerRef: spec<string | null>({
    attribute: 'partner-ref',
    parse: sized(0, 100),
    default: null,
    expected: 'your own reference, at most 100 characters',
  }),
  /** `steps`: a browser history entry per step (Back and Forward move between steps). Leave it out on pages with a router. */
  history: spec<'steps' | null>({
    attribute: 'history',
    parse: oneOf(['steps'] as const),
    default: null,
    expected: '"steps"',
  }),
  /** Initial state of the automatic renewal switch: present or `"true"` for on, `"false"` for off. */
  autoRenew: spec<boolean>({
    attribute: 'auto-renew',
    parse: bool,
    default: false,
    expected: 'no value (on), "true" or "false"',
  }),
};

type Key = keyof typeof ATTRIBUTES;
/** The configuration the widget runs with, every attribute parsed and defaulted. */
export type CheckoutConfig = { [K in Key]: (typeof ATTRIBUTES)[K]['default'] };
/** The raw values of the attributes, as the element's properties hold them. */
export type AttributeValues = { [K in Key]: string | null | undefined } & {
  autoRenew: string | boolean | null | undefined;
};

export const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTES) as Key[];

export const DEFAULT_CONFIG: CheckoutConfig = Object.fromEntries(
  ATTRIBUTE_KEYS.map((key) => [key, ATTRIBUTES[key].default]),
) as CheckoutConfig;

/** The element's reactive properties of the attributes (`static properties`). */
export function attributeProperties(): PropertyDeclarations {
  return Object.fromEntries(
    ATTRIBUTE_KEYS.map((key) => {
      const { attribute, reflect } = ATTRIBUTES[key] as AttributeSpec;
      return [key, reflect ? { attribute, reflect } : { attribute }];
    }),
  );
}

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
  for (const key of ATTRIBUTE_KEYS) {
    const spec = ATTRIBUTES[key] as AttributeSpec;
    const value = raw[key];
    const essential = (key === 'apiBase' || key === 'publishableKey') && !options.hasClient;
    if (value === undefined || value === null || (value === '' && key !== 'autoRenew')) {
      if (essential) problems.push({ attribute: spec.attribute, value: null, expected: spec.expected, fatal: true });
      continue;
    }
    const parsed = spec.parse(value);
    if (parsed !== INVALID) config[key] = parsed;
    else
      problems.push({
        attribute: spec.attribute,
        value: redact(key, value),
        expected: spec.expected,
        // A wrong currency must not carry on in another one: the customer would pay in a currency nobody chose.
        fatal: essential || key === 'currency',
      });
  }
  return { config: config as CheckoutConfig, problems };
}

/** A card number or session token is not echoed back in full, even when it is wrong. */
function redact(key: Key, value: unknown): string {
  const text = String(value);
  if ((key === 'cardNumber' || key === 'customerSession') && text.length > 4) return `…${text.slice(-4)}`;
  return text;
}
