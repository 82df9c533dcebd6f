import type { StripeElementLocale } from '@stripe/stripe-js';

const STRIPE_LOCALES = new Set<string>(
  'ar bg cs da de el en en-AU en-CA en-NZ en-GB es es-ES es-419 et fi fil fr fr-CA fr-FR he hu hr id it it-IT ja ko lt lv ms mt nb nl no pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'.split(
    ' ',
  ),
);

/** The nearest locale Stripe's Payment Element speaks: `zh-CN` → `zh`, `fr-BE` → `fr`, else `auto`. */
export function stripeLocale(locale: string): StripeElementLocale {
  if (STRIPE_LOCALES.has(locale)) return locale as StripeElementLocale;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale).maximize();
  } catch {
    return 'auto';
  }
  if (parsed.language === 'zh') {
    if (parsed.region === 'HK' || parsed.region === 'MO') return 'zh-HK';
    return parsed.script === 'Hant' ? 'zh-TW' : 'zh';
  }
  const regional = `${parsed.language}-${parsed.region}`;
  if (STRIPE_LOCALES.has(regional)) return regional as StripeElementLocale;
  return STRIPE_LOCALES.has(parsed.language) ? (parsed.language as StripeElementLocale) : 'auto';
}
